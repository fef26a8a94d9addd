/**
 * Compares two built sites file for file, so a refactor can prove that readers get the same site.
 * Hashed asset names (`/_astro/BaseLayout.C2EBn_gW.css`) change with any code change and are
 * compared without their hash; the build date on /redaktion/ changes every day and is left out.
 * `_astro/` and `pagefind/` themselves are not compared: their names are hashes, and what they
 * hold follows from the pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from '../../src/lib/built-site.ts';

/** One difference between the two sites. */
export interface SiteDifference {
  /** File relative to the site root, e.g. `om/index.html`. */
  file: string;
  kind: 'kun-foer' | 'kun-efter' | 'forskellig';
  /** For changed files: the first differing line in each, after normalising. */
  before?: string;
  after?: string;
}

const HASHED_ASSET = /(\/_astro\/[^"'\s)?#]+?)\.[A-Za-z0-9_-]{8}(\.[a-z0-9]+)/g;
const BUILD_DATE = /(<p>[^<]*<time datetime=")\d{4}-\d{2}-\d{2}(">)[^<]*(<\/time>\.<\/p>)/;
const TEXT = /\.(html|xml|json|csv|txt|svg|webmanifest|js|css)$|(^|\/)_headers$/;
const COMPARED = (file: string) => !file.startsWith('_astro/') && !file.startsWith('pagefind/');

/** A file's content with asset hashes and (on /redaktion/) the build date taken out. */
export function normalise(file: string, content: string): string {
  const text = content.replace(HASHED_ASSET, '$1.HASH$2');
  return file === 'redaktion/index.html' ? text.replace(BUILD_DATE, '$1DATO$2DATO$3') : text;
}

function firstDifference(a: string, b: string): { before: string; after: string } {
  const left = a.split('\n');
  const right = b.split('\n');
  const i = left.findIndex((line, n) => line !== right[n]);
  const at = i === -1 ? left.length : i;
  const clip = (line: string | undefined) => (line ?? '(slut på filen)').slice(0, 300);
  return { before: clip(left[at]), after: clip(right[at]) };
}

/** Every difference between two built sites; empty when readers get the same site. */
export function compareSites(beforeDir: string, afterDir: string): SiteDifference[] {
  const before = builtFiles(beforeDir).filter(COMPARED);
  const after = builtFiles(afterDir).filter(COMPARED);
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const differences: SiteDifference[] = [
    ...before.filter((f) => !inAfter.has(f)).map((file) => ({ file, kind: 'kun-foer' as const })),
    ...after.filter((f) => !inBefore.has(f)).map((file) => ({ file, kind: 'kun-efter' as const })),
  ];
  for (const file of before.filter((f) => inAfter.has(f))) {
    const a = readFileSync(join(beforeDir, file));
    const b = readFileSync(join(afterDir, file));
    if (a.equals(b)) continue;
    if (!TEXT.test(file)) {
      differences.push({ file, kind: 'forskellig' });
      continue;
    }
    const left = normalise(file, a.toString('utf8'));
    const right = normalise(file, b.toString('utf8'));
    if (left !== right) differences.push({ file, kind: 'forskellig', ...firstDifference(left, right) });
  }
  return differences.sort((x, y) => (x.file < y.file ? -1 : 1));
}
