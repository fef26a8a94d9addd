import { resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { readAllContent } from '../../../src/lib/content-files.ts';
import { bodyLinkKeys } from '../../../src/lib/editorial.ts';
import { parseMdx } from '../../../src/lib/lint/mdx.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';

/** The links to entries as the MDX syntax tree has them: the reference the fast scan must match. */
function fromTree(body: string): string[] {
  const parsed = parseMdx(body);
  if (!('tree' in parsed)) return [];
  const keys: string[] = [];
  visit(parsed.tree, 'link', (node) => {
    const [collection, id] = node.url.split(/[?#]/)[0]?.split('/').filter(Boolean) ?? [];
    if (collection && id && (COLLECTIONS.keys as readonly string[]).includes(collection)) keys.push(`${collection}/${id}`);
  });
  return keys;
}

const root = resolve(import.meta.dirname, '../../..');
const bodies = [
  ...readAllContent(resolve(root, 'content'), root).map((f) => f.body),
  ...generateCorpus(150).flatMap((e) => (e.body ? [e.body] : [])),
].filter(Boolean);

describe('bodyLinkKeys', () => {
  it('finds the same links to entries as the MDX syntax tree, in the real content and a synthetic corpus', () => {
    expect(bodies.length).toBeGreaterThan(100);
    for (const body of bodies) expect(bodyLinkKeys(body)).toEqual(fromTree(body));
  }, 30_000);

  it.each([
    ['an inline link', 'Se [Hjerteforeningen](/organisationer/hjerteforeningen/).'],
    ['a link with a title and an anchor', 'Se [rammen](/rammer/tilskud/#hjemmel "Tilskud").'],
    ['a reference-style link (not counted, like the tree walk)', 'Se [rammen][r].\n\n[r]: /rammer/tilskud/'],
    ['no link in code', 'Skriv `[x](/rammer/tilskud/)` eller\n\n```md\n[x](/eksempler/a/)\n```\n\nog [y](/eksempler/b/).'],
    ['no image', '![Logo](/organisationer/logo/) og [z](/tilbud/c/).'],
    ['no link to another site or a list page', '[a](https://eksempel.dk/tilbud/x/) [b](/tilbud/) [c](/om/)'],
  ])('agrees with the syntax tree on %s', (_name, body) => {
    expect(bodyLinkKeys(body)).toEqual(fromTree(body));
  });
});
