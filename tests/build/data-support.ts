import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support.ts';

/** A file in dist/ by its site path. */
export const distFile = (path: string) => readFileSync(join(DIST, path));
/** A JSON file in dist/ by its site path. */
export const distJson = <T = Record<string, unknown>>(path: string): T => JSON.parse(distFile(path).toString('utf8')) as T;

/** The site path of an absolute URL on the built site (exports hold absolute URLs). */
export const sitePath = (url: string) => new URL(url).pathname;

/**
 * Parses CSV as RFC 4180 with `;` between cells (the test's own parser, independent of the
 * writer): quoted cells may hold `;`, `""` and line breaks. Expects the BOM to be removed.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) throw new Error('Den sidste linje slutter ikke med CRLF.');
  return rows;
}
