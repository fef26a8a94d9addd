/** A CSV column: its header and how to get the cell from a row. */
export interface CsvColumn<R> {
  header: string;
  /** What the column holds, for the documentation on /data/. */
  description: string;
  value: (row: R) => string | number | boolean | undefined;
}

/** Byte order mark: tells Excel the file is UTF-8, so æ, ø and å show correctly. */
export const BOM = '\uFEFF';
/** Danish Excel uses `;` as the list separator (the comma is the decimal sign). */
export const SEPARATOR = ';';
/** RFC 4180 line ending. */
export const NEWLINE = '\r\n';

/**
 * Quotes a cell when it holds the separator, a quote, a line break or leading/trailing space.
 * Text that a spreadsheet would run as a formula (`=`, `@`, `+`/`-` before a non-digit) gets a
 * leading apostrophe (OWASP's advice against CSV injection): the content comes from pull requests.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  const raw = value === undefined ? '' : String(value);
  const text = /^[=@\t\r]|^[+-][^0-9\s]/.test(raw) ? `'${raw}` : raw;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file as Danish Excel opens it: BOM, `;` between cells, CRLF after every line. */
export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string {
  const lines = [columns.map((c) => csvCell(c.header)), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))))];
  return BOM + lines.map((cells) => cells.join(SEPARATOR) + NEWLINE).join('');
}
