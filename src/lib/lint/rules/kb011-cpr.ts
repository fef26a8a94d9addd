import { findingsPerLine } from '../line-findings.ts';
import type { LintRule } from '../types.ts';

/**
 * Ten digits that could be a CPR number: DDMMYY, an optional separator, then four digits.
 * Digits on either side, or a P-number/CVR label just before, rule a match out.
 */
const CANDIDATE = /(?<![\d])(\d{2})\s?(\d{2})\s?(\d{2})(?:\s?[-/.]\s?|\s)?(\d{4})(?![\d])/g;
const NOT_CPR_LABEL = /(p-?nr\.?|p-nummer|pnr|cvr(?:-?nr\.?)?|ean|isbn|tlf\.?|telefon)\s*:?\s*$/i;

/**
 * The birth year from the two-digit year and the first serial digit (the century rule of the
 * CPR office). The modulus-11 check is deliberately not used: numbers issued since 2007 need
 * not pass it (docs/sikkerhed.md, Persondata).
 */
export function cprYear(yy: number, serialFirstDigit: number): number {
  if (serialFirstDigit <= 3) return 1900 + yy;
  if (serialFirstDigit === 4 || serialFirstDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

/** True when the digits form a date-valid CPR number (DDMMYY + serial, century rule applied). */
export function isDateValidCpr(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = cprYear(Number(digits.slice(4, 6)), Number(digits[6]));
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCDate() === day && date.getUTCMonth() === month - 1;
}

/** Date-valid CPR-like numbers in a line, with their 1-based columns (allow-listed ones left out). */
export function findCprNumbers(line: string, allowed: ReadonlySet<string> = new Set()): number[] {
  const columns: number[] = [];
  for (const match of line.matchAll(CANDIDATE)) {
    const digits = match.slice(1, 5).join('');
    if (!isDateValidCpr(digits) || allowed.has(digits)) continue;
    if (NOT_CPR_LABEL.test(line.slice(Math.max(0, match.index - 20), match.index))) continue;
    columns.push(match.index + 1);
  }
  return columns;
}

/** KB011: no CPR numbers anywhere in a file; the match is masked, as CI logs are public. */
export const cpr: LintRule = {
  id: 'KB011',
  title: 'Ingen CPR-numre, hverken i felterne eller i brødteksten.',
  severity: 'fejl',
  checkFile(file, ctx) {
    return findingsPerLine(file.source, (text) =>
      findCprNumbers(text, ctx.allow.cpr).map(
        (column) =>
          `Her står noget, der ligner et CPR-nummer (XXXXXX-XXXX, kolonne ${column}). CPR-numre må aldrig offentliggøres: slet det. Er det ikke et CPR-nummer (fx et sagsnummer), så bed redaktionen skrive det i content/undtagelser.yaml.`,
      ),
    );
  },
};
