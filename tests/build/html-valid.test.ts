import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './support.ts';

// The rules come from .htmlvalidate.json at the repository root (documented in README.md).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it('every built page passes html-validate with the project config', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    const files = pages.map((page) => join(DIST, page.endsWith('.html') ? page : join(page, 'index.html')));
    const report = await validator.validateMultipleFiles(files);
    const problems = report.results.flatMap((result) =>
      result.messages.map((m: Message) => `${result.filePath.slice(DIST.length)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('uses the project config: a missing alt text is an error, a long <title> is not (see README)', async () => {
    const title = 'Klinik for Socialmedicin og Rehabilitering, Regionshospitalet Gødstrup – Vidensbasen';
    const html = `<!DOCTYPE html><html lang="da"><head><title>${title}</title></head><body><main><img src="a.png"></main></body></html>`;
    const report = await validator.validateString(html, join(DIST, 'x.html'));
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toEqual(['wcag/h37']);
  });
});
