import { parse } from 'csv-parse/sync';

/**
 * Reads the site's CSV (RFC 4180 with `;` between cells and CRLF line ends, as Danish Excel opens
 * it) with csv-parse, a reader independent of the site's writer (src/lib/data/csv.ts): quoted cells
 * may hold `;`, `""` and line breaks; a stray quote or a ragged row is an error. Expects the BOM
 * to be removed.
 */
export function parseCsv(text: string): string[][] {
  if (text !== '' && !text.endsWith('\r\n')) throw new Error('Den sidste linje slutter ikke med CRLF.');
  return parse(text, { delimiter: ';', record_delimiter: '\r\n', bom: false }) as string[][];
}
