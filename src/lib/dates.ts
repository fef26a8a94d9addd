/**
 * Every date a reader sees goes through this module: in Danish, in Danish time (Europe/Copenhagen),
 * whatever time zone the build machine runs in. Calendar dates from frontmatter (`2026-11-22`) are
 * stored as UTC midnight, which is the same day in Copenhagen (UTC+1 or UTC+2), so one rule serves
 * both them and real moments such as commit times.
 */

/** The time zone of every date shown on the site. */
export const TIME_ZONE = 'Europe/Copenhagen';

// Made once: building an Intl formatter costs far more than using one, and every page shows dates.
const DAY = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const CLOCK = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });
const PARTS = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });

/** `2026-12-01T13:05:00Z` → `1. december 2026` (the day in Copenhagen). */
export function formatDanishDate(date: Date): string {
  return DAY.format(date);
}

/** `2026-12-01T13:05:00Z` → `1. december 2026 kl. 14.05` (Danish clock, dot between hours and minutes). */
export function formatDanishDateTime(date: Date): string {
  const clock = CLOCK.formatToParts(date).map((p) => (p.type === 'literal' ? '.' : p.value)).join('');
  return `${DAY.format(date)} kl. ${clock}`;
}

/** The day in Copenhagen as `ÅÅÅÅ-MM-DD`, for `<time datetime>`, exports and new entries. */
export function toIsoDay(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => PARTS.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in Denmark as a calendar date (UTC midnight), comparable with frontmatter dates. */
export function todayInDenmark(now: Date = new Date()): Date {
  return new Date(`${toIsoDay(now)}T00:00:00Z`);
}
