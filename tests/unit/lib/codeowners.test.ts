import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODEOWNERS_FILE, expectedCodeowners, generateCodeowners } from '../../../src/lib/codeowners.ts';

const root = resolve(import.meta.dirname, '../../..');
const owners = { standard: '@org/redaktion', udviklere: '@org/udviklere', ejere: { Redaktionen: '@org/redaktion', Sundhedsteamet: '@org/sundhed' } };

describe('CODEOWNERS', () => {
  it('is in sync with the entries\' ejer fields (run npm run generer if not)', () => {
    expect(readFileSync(join(root, CODEOWNERS_FILE), 'utf8')).toBe(expectedCodeowners(root, join(root, 'content')));
  });

  it('gives an entry to its owner\'s team, and guarded files to the developers last', () => {
    const text = generateCodeowners(
      [{ path: 'content/tilbud/a.mdx', ejer: 'Sundhedsteamet' }, { path: 'content/tilbud/b.mdx', ejer: 'Redaktionen' }],
      owners,
    );
    const lines = text.split('\n');
    expect(lines).toContain('/content/tilbud/a.mdx @org/sundhed');
    expect(text).not.toContain('/content/tilbud/b.mdx');
    expect(lines.indexOf('/content/ @org/redaktion')).toBeLessThan(lines.indexOf('/content/tilbud/a.mdx @org/sundhed'));
    expect(lines.indexOf('/content/tilbud/a.mdx @org/sundhed')).toBeLessThan(lines.indexOf('/.github/ @org/udviklere'));
  });

  it('refuses an owner without a team, in Danish', () => {
    expect(() => generateCodeowners([{ path: 'content/tilbud/a.mdx', ejer: 'Ukendt team' }], owners)).toThrow(
      'Disse ejere har ikke et team i .github/ejere.yaml: content/tilbud/a.mdx (ejer: Ukendt team). Tilføj ejeren under "ejere:" med teamets GitHub-navn.',
    );
  });
});
