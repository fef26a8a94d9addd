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

/** The environment variable that sets the clock of `npm run tjek`, the build and the reminders: `ÅÅÅÅ-MM-DD`. */
export const CLOCK_VARIABLE = 'VIDENSBASEN_IDAG';

/**
 * Today for the checks: `VIDENSBASEN_IDAG=2027-01-02` pretends it is that day (to see what will be
 * stale after a date), otherwise today in Denmark. A wrong value stops with a Danish message.
 */
export function clockToday(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): Date {
  const value = env[CLOCK_VARIABLE]?.trim();
  if (!value) return todayInDenmark(now);
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || !day.toISOString().startsWith(value)) {
    throw new Error(`${CLOCK_VARIABLE}="${value}" er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx ${CLOCK_VARIABLE}=2027-01-02, eller fjern variablen for at bruge dagens dato.`);
  }
  return day;
}
