import { describe, expect, it } from 'vitest';
import { formatDanishDate, formatDanishDateTime, todayInDenmark, toIsoDay } from '../../../src/lib/dates.ts';
import { parseIsoDate } from '../../../src/schemas/shared/dates.ts';

describe('Danish dates (Europe/Copenhagen)', () => {
  it('the Node Intl build has Danish month names and the Copenhagen zone', () => {
    expect(new Intl.DateTimeFormat('da-DK').resolvedOptions().locale).toBe('da-DK');
    expect(new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen' }).resolvedOptions().timeZone).toBe('Europe/Copenhagen');
    expect(formatDanishDate(new Date('2026-12-01T12:00:00Z'))).toBe('1. december 2026');
  });

  it('shows date and time in Danish form, with "kl." and a dot in the clock', () => {
    expect(formatDanishDateTime(new Date('2026-12-01T13:05:00Z'))).toBe('1. december 2026 kl. 14.05');
    expect(formatDanishDateTime(new Date('2026-07-01T13:05:00Z'))).toBe('1. juli 2026 kl. 15.05');
  });

  it('crosses the end of summer time (25 October 2026, 03:00 CEST → 02:00 CET)', () => {
    // 00:30Z is 02:30 summer time; 01:30Z is 02:30 winter time – the same clock reading, an hour apart.
    expect(formatDanishDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('25. oktober 2026 kl. 02.30');
    expect(formatDanishDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('25. oktober 2026 kl. 02.30');
    expect(formatDanishDateTime(new Date('2026-10-24T22:30:00Z'))).toBe('25. oktober 2026 kl. 00.30');
    expect(formatDanishDateTime(new Date('2026-10-25T22:30:00Z'))).toBe('25. oktober 2026 kl. 23.30');
  });

  it('crosses the start of summer time (29 March 2026)', () => {
    expect(formatDanishDateTime(new Date('2026-03-29T00:30:00Z'))).toBe('29. marts 2026 kl. 01.30');
    expect(formatDanishDateTime(new Date('2026-03-29T01:30:00Z'))).toBe('29. marts 2026 kl. 03.30');
    expect(toIsoDay(new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-28');
    expect(toIsoDay(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
  });

  it('a commit at 23:30Z belongs to the next Danish day, in text and in <time datetime>', () => {
    const lateCommit = new Date('2026-11-30T23:30:00Z');
    expect(formatDanishDate(lateCommit)).toBe('1. december 2026');
    expect(toIsoDay(lateCommit)).toBe('2026-12-01');
    expect(formatDanishDate(new Date('2026-11-30T22:59:00Z'))).toBe('30. november 2026');
  });

  it('a date-only value from frontmatter keeps its own day, summer and winter', () => {
    for (const iso of ['2026-10-25', '2026-10-26', '2026-03-29', '2026-12-01', '2026-06-30']) {
      expect(toIsoDay(parseIsoDate(iso)!)).toBe(iso);
    }
    expect(formatDanishDate(parseIsoDate('2026-12-01')!)).toBe('1. december 2026');
  });

  it('today is the Danish calendar day as UTC midnight', () => {
    expect(todayInDenmark(new Date('2026-11-30T23:30:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(todayInDenmark(new Date('2026-07-01T21:59:00Z')).toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(todayInDenmark(new Date('2026-07-01T22:00:00Z')).toISOString()).toBe('2026-07-02T00:00:00.000Z');
  });
});
