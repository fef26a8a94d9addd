/**
 * Compares two built sites file for file, so a refactor can prove that readers get the same site.
 * Hashed asset names (`/_astro/BaseLayout.C2EBn_gW.css`) change with any code change and are
 * compared without their hash; the build date on /redaktion/ changes every day and is left out.
 * `_astro/` and `pagefind/` themselves are not compared: their names are hashes, and what they
 * hold follows from the pages. Two ways of writing the same HTML count as the same: an empty
 * attribute with or without `=""`, and `&` written `&amp;` or `&#x26;` (a change of Markdown
 * processor changes the serialiser, not the page). A difference a change means to make is accepted
 * only by name (`ACCEPTED`), so the rest of the comparison stays strict.
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

/** Differences a change may declare as intended, each a normalisation applied to both builds. */
export const ACCEPTED = {
  /** Quotes and dashes: English curly quotes “…” ‘…’ and the em dash for `--` became Danish „…“ ‚…‘ and the en dash (src/plugins/typography.ts). */
  typografi: (text: string) => text.replace(/[„“”]/g, '"').replace(/[‚‘’]/g, "'").replace(/—/g, '–'),
} as const satisfies Record<string, (text: string) => string>;
export type AcceptedDifference = keyof typeof ACCEPTED;

const EMPTY_ATTRIBUTE = /(<[a-zA-Z][^<>]*?\s[\w:-]+)=""/g;

/** The same HTML written one way: empty attributes bare, `&` as `&amp;`. */
function sameHtml(text: string): string {
  let previous;
  let out = text.replace(/&#x26;/g, '&amp;');
  // An element can have several empty attributes; each pass takes one per element.
  do {
    previous = out;
    out = out.replace(EMPTY_ATTRIBUTE, '$1');
  } while (out !== previous);
  return out;
}

/** A file's content with asset hashes, (on /redaktion/) the build date and the accepted differences taken out. */
export function normalise(file: string, content: string, accepted: readonly AcceptedDifference[] = []): string {
  let text = content.replace(HASHED_ASSET, '$1.HASH$2');
  if (file.endsWith('.html')) text = sameHtml(text);
  for (const name of accepted) text = ACCEPTED[name](text);
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
export function compareSites(beforeDir: string, afterDir: string, accepted: readonly AcceptedDifference[] = []): SiteDifference[] {
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
    const left = normalise(file, a.toString('utf8'), accepted);
    const right = normalise(file, b.toString('utf8'), accepted);
    if (left !== right) differences.push({ file, kind: 'forskellig', ...firstDifference(left, right) });
  }
  return differences.sort((x, y) => (x.file < y.file ? -1 : 1));
}
