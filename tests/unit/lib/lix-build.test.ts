/**
 * /redaktion/ scores plain language with Sätteri's parser (lixOfBuiltBody), the lint's KB028 and the
 * pull-request summary with remark (lixOfBody): the same score for every real content body and for
 * bodies that use what trees disagree on most (footnotes, tables, JSX, expressions, code, HTML).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../../src/lib/content-files.ts';
import { lixOfBody } from '../../../src/lib/lix.ts';
import { lixOfBuiltBody } from '../../../src/lib/lix-build.ts';

const root = resolve(import.meta.dirname, '../../..');

const sentence = 'Regionen samarbejder med foreningerne om frivillige på afdelingen, og personalet henviser patienterne til tilbuddene.';
/** Enough words for LIX to count (LIX_MIN_WORDS), before each sample's own construct. */
const lead = `${sentence} ${sentence} ${sentence}\n\n`;
const SAMPLES: Record<string, string> = Object.fromEntries(Object.entries({
  footnotes: `${sentence}[^a] ${sentence}\n\n[^a]: kilde-id, side 4. En lang note med mange ord, som ikke er læsetekst.`,
  table: `| Hvem | Hvad |\n| --- | --- |\n| Regionen | ${sentence} |\n| Foreningen | ${sentence} |\n\n${sentence}`,
  jsx: `<Bemaerk type="vigtigt">\n${sentence}\n</Bemaerk>\n\n${sentence} ${sentence}`,
  expression: `${sentence} {1 + 1} ${sentence}\n\n{/* en kommentar */}\n\n${sentence}`,
  code: `${sentence}\n\n\`\`\`\nkode med mange ord her, som ikke tæller med i læsetallet overhovedet.\n\`\`\`\n\n${sentence} \`inline kode\` ${sentence}`,
  html: `${sentence}\n\n<div>\nrå html\n</div>\n\n${sentence} ${sentence}`,
  headingsAndLists: `## Om samarbejdet\n\n${sentence}\n\n- ${sentence}\n- ${sentence}\n  1. indlejret punkt med ord\n\n> ${sentence}`,
  links: `Læs [rammen om tavshedspligt](/rammer/tavshedspligt/) og ${sentence} Se https://www.regionh.dk/ og ${sentence}`,
  emphasis: `**${sentence}** _${sentence}_ ~~overstreget tekst med ord~~ ${sentence}`,
}).map(([name, body]) => [name, lead + body]));

describe('LIX as the build counts it (Sätteri) and as the lint counts it (remark)', () => {
  it('gives the same score for every content body', () => {
    const bodies = readAllContent(resolve(root, 'content'), root).filter((f) => f.body.trim() !== '');
    expect(bodies.length).toBeGreaterThan(50);
    const scored = bodies.filter((f) => lixOfBody(f.body) !== undefined);
    expect(scored.length).toBeGreaterThan(50);
    for (const file of bodies) expect(lixOfBuiltBody(file.body), file.path).toEqual(lixOfBody(file.body));
  });

  it.each(Object.entries(SAMPLES))('gives the same score for a body with %s', (_, body) => {
    const expected = lixOfBody(body);
    expect(expected).toBeDefined();
    expect(lixOfBuiltBody(body)).toEqual(expected);
  });

  it('scores nothing for an empty or short body, on both sides', () => {
    for (const body of ['', '   ', 'Kort tekst.']) {
      expect(lixOfBuiltBody(body)).toBeUndefined();
      expect(lixOfBody(body)).toBeUndefined();
    }
  });
});
