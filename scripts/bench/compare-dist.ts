/**
 * Compares two built sites file for file (pages, assets, the Pagefind index). Used to prove that a
 * warm build (caches kept, one entry changed) gives the same output as a cold build of the same
 * content. Nothing is ignored: the site has no build timestamps, and asset and index file names are
 * content hashes. Pages that depend on today's date (review reminders) only differ when the two
 * builds run on different days, so compare builds made the same day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** The differences between two output folders, as readable lines; empty when they are identical. */
export function compareDist(a: string, b: string): string[] {
  const [left, right] = [files(a), files(b)];
  const inRight = new Set(right);
  const inLeft = new Set(left);
  const differences = [
    ...left.filter((f) => !inRight.has(f)).map((f) => `kun i ${a}: ${f}`),
    ...right.filter((f) => !inLeft.has(f)).map((f) => `kun i ${b}: ${f}`),
  ];
  for (const file of left) {
    if (inRight.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`forskellig: ${file}`);
  }
  return differences;
}
