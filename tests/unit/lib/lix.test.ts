import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/lint/mdx.ts';
import { LIX_MIN_WORDS, lixLevel, lixOfBlocks, lixOfTree, sentencesIn, textBlocks, words } from '../../../src/lib/lix.ts';

const tree = (body: string) => {
  const parsed = parseMdx(body);
  if (!('tree' in parsed)) throw new Error(parsed.failure.reason);
  return parsed.tree;
};

describe('LIX', () => {
  it('counts words, long words (more than six letters) and sentences as counted by hand', () => {
    // Regionen(L) samarbejder(L) med foreningerne(L). Frivillige(L) supplerer(L) personalet(L) på afdelingen(L).
    const text = 'Regionen samarbejder med foreningerne. Frivillige supplerer personalet på afdelingen.';
    expect(words(text)).toHaveLength(9);
    const result = lixOfBlocks([text], 1);
    expect(result).toMatchObject({ words: 9, longWords: 7, sentences: 2 });
    // 9 / 2 + 100 × 7 / 9 = 4.5 + 77.8 = 82.3
    expect(result?.lix).toBe(82);
    expect(result?.level).toBe('meget svær');
  });

  it('gives a short, plain text a low score', () => {
    // 12 words, 3 sentences, 0 long words: 12 / 3 + 0 = 4
    const result = lixOfBlocks(['Du kan ringe til os. Vi svarer hver dag. Det er gratis.'], 1);
    expect(result).toMatchObject({ words: 12, sentences: 3, longWords: 0, lix: 4, level: 'meget let' });
  });

  it('does not end a Danish sentence at an ordinal date, an abbreviation or a colon before lower case', () => {
    expect(sentencesIn('Loven gælder fra den 1. januar 2027 og bl.a. for regionerne.')).toBe(1);
    expect(sentencesIn('Det følger af sundhedsloven, jf. Sundhedsministeriets vejledning om tavshedspligt.')).toBe(1);
    expect(sentencesIn('Sådan gør du: ring til afdelingen.')).toBe(1);
    expect(sentencesIn('Det skete i 2027. Derefter fulgte mere. Spørg os! Er det klart?')).toBe(4);
    expect(sentencesIn('„Vi har brug for hinanden." Sådan sagde de.')).toBe(2);
  });

  it('reads the body text only: headings and list items are blocks, footnotes and code are left out', () => {
    const body = ['## Om samarbejdet', '', 'Regionen samarbejder med foreningerne.[^1]', '', '- første punkt', '- andet punkt', '', '```', 'kode her', '```', '', '[^1]: kilde-id, side 4'].join('\n');
    expect(textBlocks(tree(body))).toEqual(['Om samarbejdet', 'Regionen samarbejder med foreningerne.', 'første punkt', 'andet punkt']);
  });

  it(`says nothing about a text under ${LIX_MIN_WORDS} words`, () => {
    expect(lixOfTree(tree('Kort tekst med få ord.'))).toBeUndefined();
    const long = Array.from({ length: 10 }, () => 'Vi hjælper dig med at finde en forening.').join(' ');
    expect(lixOfTree(tree(long))).toMatchObject({ words: 80, sentences: 10 });
  });

  it('places scores on the common Danish scale', () => {
    expect([24, 25, 34, 35, 44, 45, 54, 55, 70].map(lixLevel)).toEqual(['meget let', 'let', 'let', 'middel', 'middel', 'svær', 'svær', 'meget svær', 'meget svær']);
  });
});

describe('the scale in words and the median', () => {
  it('writes the scale once, from LIX_SCALE', async () => {
    const { LIX_SCALE_TEXT } = await import('../../../src/lib/lix.ts');
    expect(LIX_SCALE_TEXT).toBe('under 25 meget let (børnebøger), 25–34 let (skønlitteratur og ugeblade), 35–44 middel (dagblade og tidsskrifter), 45–54 svær (saglitteratur), 55 og derover meget svær (faglitteratur og lovtekster)');
  });
  it('takes the middle score, or the mean of the two middle ones', async () => {
    const { median } = await import('../../../src/lib/lix.ts');
    expect(median([46, 31, 43])).toBe(43);
    expect(median([46, 31, 43, 40])).toBe(41.5);
    expect(median([])).toBeUndefined();
  });
});

describe('CONTRIBUTING.md', () => {
  it('explains the scale exactly as the code counts it', async () => {
    const { readFileSync } = await import('node:fs');
    const { LIX_SCALE_TEXT, LIX_VEJLEDNING_MAX, LIX_MIN_WORDS } = await import('../../../src/lib/lix.ts');
    const text = readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    expect(text).toContain(LIX_SCALE_TEXT);
    expect(text).toContain(`højst have LIX ${LIX_VEJLEDNING_MAX}`);
    expect(text).toContain(`mindst ${LIX_MIN_WORDS} ord`);
  });
});
