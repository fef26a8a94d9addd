import { z } from 'astro/zod';

/**
 * A calendar date written as `ÅÅÅÅ-MM-DD`. YAML turns unquoted dates into Date objects, so both
 * a Date and a string are accepted; anything else gets a message that shows the format.
 */
export function isoDate(field: string) {
  const message = `"${field}" skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-22`;
  return z.union([z.date(), z.string()], { error: message }).transform((value, ctx) => {
    const date = typeof value === 'string' ? parseIsoDate(value) : value;
    if (!date || Number.isNaN(date.getTime())) {
      ctx.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    }
    return date;
  });
}

/** Parses `YYYY-MM-DD` strictly (no times, no other formats) as a UTC date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}
