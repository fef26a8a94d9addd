import { z } from 'astro/zod';
import { fieldName, type FieldIssue } from './field.ts';

/**
 * A calendar date written as `ÅÅÅÅ-MM-DD`. YAML turns unquoted dates into Date objects, so both
 * a Date and a string are accepted; anything else gets a message that shows the format.
 */
export function isoDate() {
  const message = (issue: FieldIssue) => `"${fieldName(issue)}" skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-22`;
  const toDate = (value: Date | string) => (typeof value === 'string' ? parseIsoDate(value) : value);
  return z
    .union([z.date(), z.string()], { error: message })
    .refine((value) => { const date = toDate(value); return date !== undefined && !Number.isNaN(date.getTime()); }, { error: message })
    .transform((value) => toDate(value) as Date);
}

/** Parses `YYYY-MM-DD` strictly (no times, no other formats) as a UTC date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}
