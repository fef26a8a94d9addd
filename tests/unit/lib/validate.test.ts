import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../../src/lib/content-files.ts';
import { lintContent } from '../../../src/lib/lint.ts';
import { VALID } from '../schemas/fixtures.ts';
import { contentDir, mdx } from '../lint/support.ts';

const source = { 'kilder/visionspapir-region-hovedstaden-2025.yaml': stringify(VALID.kilder) };

describe('content validation', () => {
  it('reports a dangling reference with file, line, field and what to do', () => {
    const dir = contentDir({ ...source, 'organisationer/hjerteforeningen.mdx': mdx({ ...VALID.organisationer, kilder: ['findes-ikke'] }) });
    const problems = lintContent(readAllContent(dir, dir), { spelling: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'KB002', file: 'organisationer/hjerteforeningen.mdx', field: 'kilder.0' });
    expect(problems[0]?.message).toBe('"kilder.0" henviser til "findes-ikke", men der findes ingen fil content/kilder/findes-ikke.yaml. Tjek stavningen, eller opret posten først.');
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it('refuses a published entry that points at a draft', () => {
    const dir = contentDir({
      'kilder/visionspapir-region-hovedstaden-2025.yaml': stringify({ ...VALID.kilder, status: 'udkast' }),
      'organisationer/hjerteforeningen.mdx': mdx(VALID.organisationer),
    });
    const [problem] = lintContent(readAllContent(dir, dir), { spelling: false });
    expect(problem?.message).toMatch(/er et udkast\. En publiceret post må kun henvise til publicerede poster/);
  });

  it('gives the line of the wrong field', () => {
    const dir = contentDir({ ...source, 'organisationer/hjerteforeningen.mdx': mdx({ ...VALID.organisationer, type: 'klub' }) });
    const [problem] = lintContent(readAllContent(dir, dir), { spelling: false });
    const lines = mdx({ ...VALID.organisationer, type: 'klub' }).split('\n');
    expect(problem?.line).toBe(lines.findIndex((l) => l.startsWith('type:')) + 1);
  });

  it('reports broken YAML in Danish with a line number', () => {
    const dir = contentDir({ ...source, 'organisationer/x.mdx': '---\nnavn: [ufærdig\n---\nTekst\n' });
    const [problem] = lintContent(readAllContent(dir, dir), { spelling: false });
    expect(problem).toMatchObject({ rule: 'KB001', severity: 'fejl' });
    expect(problem?.message).toMatch(/^YAML kan ikke læses/);
  });

  it('accepts a consistent corpus', () => {
    const dir = contentDir({ ...source, 'organisationer/hjerteforeningen.mdx': mdx(VALID.organisationer) });
    // A fixed day: a passed review date would (rightly) add a warning.
    expect(lintContent(readAllContent(dir, dir), { today: new Date('2026-11-22T00:00:00Z'), spelling: false })).toEqual([]);
  });
});
