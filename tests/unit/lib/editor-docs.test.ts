import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_RULES } from '../../../src/lib/decap/editor-rules.ts';
import { editorDocsOutOfSync, editorRulesMarkdown, ruleRange, withEditorDocs } from '../../../src/lib/editor-docs.ts';
import { RULES } from '../../../src/lib/lint/index.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('README and CONTRIBUTING say what the web editor checks, as the code does', () => {
  it('name the content check’s rules as the RULES list has them, and list the editor’s rules (run npm run generer if not)', () => {
    expect(editorDocsOutOfSync(root)).toEqual([]);
    for (const file of ['README.md', 'CONTRIBUTING.md']) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).toContain(`(${ruleRange()})`);
      for (const rule of RULES) expect(text, `${file}: ${rule.id}`).toContain(`- **${rule.id}** `);
    }
  });

  it('writes the rule range from the ids, so a new rule changes it', () => {
    expect(ruleRange(['KB001', 'KB002', 'KB003', 'KB030', 'KB031', 'KB005'])).toBe('KB001–KB003, KB005, KB030–KB031');
    const withNewRule = ruleRange([...RULES.map((r) => r.id), 'KB099']);
    expect(withNewRule).not.toBe(ruleRange());
  });

  it('fails when a file says an old range or misses the list', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const old = readme.replace(`(${ruleRange()})`, '(KB001–KB023)');
    expect(withEditorDocs('README.md', old)).toBe(readme);
    expect(() => withEditorDocs('README.md', readme.replace(/<!-- webeditor-regler:start[^>]*-->/, ''))).toThrow(/markeringerne/);
    const formRules = Object.entries(EDITOR_RULES).filter(([, c]) => 'form' in c).map(([id]) => id);
    const markdown = editorRulesMarkdown();
    expect(markdown.indexOf(`**${formRules[0]}**`)).toBeLessThan(markdown.indexOf('kun tjekkes efter gemning'));
  });
});
