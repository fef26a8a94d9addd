import { describe, expect, it } from 'vitest';
import { describeCharacter, invisibleCharacterFindings } from '../../../src/lib/lint/invisible-characters.ts';
import { usynligeTegn } from '../../../src/lib/lint/rules/kb031-usynlige-tegn.ts';
import type { CorpusContext } from '../../../src/lib/lint/types.ts';

/** KB031 alone over files given as path → text. */
function kb031(files: Record<string, string>, otherTexts: Record<string, string> = {}) {
  const ctx = {
    files: Object.entries(files).map(([path, source]) => ({ path, source })),
    otherTexts: Object.entries(otherTexts).map(([path, source]) => ({ path, source })),
  } as unknown as CorpusContext;
  return usynligeTegn.checkCorpus!(ctx).map((p) => `${p.file}:${p.line} ${p.message}`);
}

describe('KB031 usynlige-tegn', () => {
  it('refuses bidirectional overrides ("Trojan Source"), with file, line, column and the character\'s name', () => {
    const found = kb031({ 'content/organisationer/a.mdx': '---\nnavn: A\n---\n\nBetal \u202e0001\u202c kr.\n' });
    expect(found).toEqual([
      'content/organisationer/a.mdx:5 Usynligt tegn: U+202E retningsskift (RIGHT-TO-LEFT OVERRIDE) i kolonne 7, U+202C retningsskift (POP DIRECTIONAL FORMATTING) i kolonne 12. Det kan få teksten til at se anderledes ud for den, der gennemser ændringen, end den er. Slet tegnet, fx ved at skrive ordene omkring det igen i stedet for at kopiere dem.',
    ]);
  });

  it.each([
    ['a zero-width space', 'fri\u200bvillig', 'U+200B mellemrum uden bredde'],
    ['a word joiner', 'fri\u2060villig', 'U+2060'],
    ['an isolate', 'a\u2067b\u2069', 'U+2067'],
    ['a right-to-left mark', 'a\u200fb', 'U+200F'],
    ['hidden tag characters', `ok${String.fromCodePoint(0xe0048, 0xe0069)}`, 'mærketegn (TAG CHARACTER)'],
    ['a byte-order mark inside the text', 'a\ufeffb', 'U+FEFF'],
    ['a control character', 'a\u0007b', 'U+0007 styretegn'],
    ['a line separator', 'a\u2028b', 'U+2028'],
    ['a Hangul filler that looks blank', 'a\u3164b', 'U+3164'],
  ])('refuses %s', (_name, text, expected) => {
    const [finding] = invisibleCharacterFindings(`Tekst: ${text}\n`);
    expect(finding?.line).toBe(1);
    expect(finding?.message).toContain(expected);
  });

  it('allows what Danish text needs: æøå, non-breaking spaces (1.\u00a0januar), soft hyphens, emoji with joiners, tabs, CRLF and a leading byte-order mark', () => {
    expect(invisibleCharacterFindings('\ufeffRegion Østdanmark fra 1.\u00a0januar 2027, §\u00a02.\r\nsundheds\u00adkoordinator\t👩\u200d⚕️ og 👨‍👩‍👧\n')).toEqual([]);
  });

  it('checks the editorial lists and the text files in public/ too', () => {
    expect(kb031({}, { 'content/omdirigeringer.yaml': '- fra: /a/\u200b\n', 'public/favicon.svg': '<svg/>' })).toEqual([expect.stringMatching(/^content\/omdirigeringer\.yaml:1 Usynligt tegn: U\+200B/)]);
  });

  it('names characters for messages', () => {
    expect(describeCharacter('\u202e')).toBe('U+202E retningsskift (RIGHT-TO-LEFT OVERRIDE)');
    expect(describeCharacter(String.fromCodePoint(0xe0041))).toBe('U+E0041 mærketegn (TAG CHARACTER), der kan gemme tekst');
  });
});
