/**
 * Writes a synthetic corpus of N entries to a content folder (default `.bench/content-<N>/`),
 * one file per entry, MDX or YAML as the collection registry says. Refuses to write into the
 * real `content/` folder. Run alone: `node scripts/bench/generate.ts --n 1000 [--out DIR]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { COLLECTION_DEFINITIONS, COLLECTIONS } from '../../src/schemas/index.ts';
import { generateCorpus } from './corpus.ts';
import type { SyntheticEntry } from './entry.ts';
import { LENGTHS, type Lengths } from './long-bodies.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The file text of an entry: YAML, or MDX with YAML frontmatter. */
export function fileText(entry: SyntheticEntry): string {
  const yaml = stringify(entry.data, { lineWidth: 0 });
  return entry.body === undefined ? yaml : `---\n${yaml}---\n\n${entry.body}`;
}

/** Writes the corpus to `dir` (emptied first) and returns the number of files written. */
export function writeCorpus(n: number, dir: string, seed?: number, lengths?: Lengths): number {
  const target = resolve(dir);
  const real = resolve(ROOT, 'content');
  if (target === real || !relative(real, target).startsWith('..')) {
    throw new Error(`Benchmarken skriver aldrig i content/ (fik ${target}). Brug fx .bench/content-${n}.`);
  }
  rmSync(target, { recursive: true, force: true });
  for (const c of COLLECTIONS.keys) mkdirSync(join(target, c), { recursive: true });
  const entries = generateCorpus(n, seed, lengths);
  for (const e of entries) {
    writeFileSync(join(target, e.collection, `${e.id}.${COLLECTION_DEFINITIONS[e.collection].format}`), fileText(e));
  }
  return entries.length;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string' }, lengths: { type: 'string', default: 'short' } } });
  if (!(LENGTHS as readonly string[]).includes(values.lengths)) throw new Error(`--lengths skal være ${LENGTHS.join(', ')} (fik ${values.lengths}).`);
  const n = Number(values.n);
  const out = values.out ?? join(ROOT, '.bench', `content-${n}`);
  const written = writeCorpus(n, out, values.seed === undefined ? undefined : Number(values.seed), values.lengths as Lengths);
  console.log(`Skrev ${written} poster til ${relative(process.cwd(), resolve(out)) || '.'}`);
}
