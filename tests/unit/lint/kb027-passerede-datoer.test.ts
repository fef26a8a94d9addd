import { describe, expect, it } from 'vitest';
import { passedDateSentences } from '../../../src/lib/passed-dates.ts';
import { clockToday } from '../../../src/lib/dates.ts';
import { passeredeDatoer } from '../../../src/lib/lint/rules/kb027-passerede-datoer.ts';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, check, contentDir, lintDir, mdx } from './support.ts';

const BEFORE = new Date('2026-12-31T00:00:00Z');
const ON = new Date('2027-01-01T00:00:00Z');
const AFTER = new Date('2027-01-02T00:00:00Z');
const MERGER = 'Region Hovedstaden og Region Sjælland bliver til Region Østdanmark 1. januar 2027.';

describe('KB027 passerede datoer', () => {
  it('is quiet before the date and on the day itself, and warns the day after, with the line and the date', () => {
    const body = `## Baggrund\n\nEn indledning.\n${MERGER}`;
    expect(check(passeredeDatoer, body, { today: BEFORE })).toEqual([]);
    expect(check(passeredeDatoer, body, { today: ON })).toEqual([]);
    expect(check(passeredeDatoer, body, { today: AFTER })).toEqual([{
      line: 4,
      message: `Datoen 1. januar 2027 er passeret, men sætningen taler om den som noget, der kommer ("bliver"): "${MERGER}" Skriv sætningen, så den er sand både før og efter datoen, fx "Fra 1. januar 2027 er …", eller som en kendsgerning i datid.`,
    }]);
  });

  it('finds each forward-looking word near a passed date, in Danish and ISO form', () => {
    for (const sentence of [
      'Regionen skal overtage opgaven 1. marts 2026.',
      'Loven træder i kraft den 1. juli 2026.',
      'Rådet forventes at mødes 2026-05-04.',
      'Fra og med 1. januar 2026 vil det ske.',
      'Strategien kommer til at gælde fra 2. februar 2026.',
    ]) expect(passedDateSentences(sentence, AFTER).map((f) => f.sentence), sentence).toEqual([sentence]);
  });

  it('leaves sentences alone that are true on both sides of the date, and dates still ahead', () => {
    expect(passedDateSentences('Fra 1. januar 2027 er Region Hovedstaden og Region Sjælland lagt sammen i Region Østdanmark.', AFTER)).toEqual([]);
    expect(passedDateSentences('Rådet holdt sit første møde den 19. januar 2026.', AFTER)).toEqual([]);
    expect(passedDateSentences('Regionen skal gennemgå aftalen 1. juni 2027.', AFTER)).toEqual([]);
    // An impossible date is not a date.
    expect(passedDateSentences('Det skal ske 31. februar 2026.', AFTER)).toEqual([]);
  });

  it('splits sentences so only the one speaking of the date is named', () => {
    const found = passedDateSentences('Rådet mødes i dag. Loven skal gælde fra 1. januar 2026.\nAndet afsnit.', AFTER);
    expect(found.map((f) => [f.sentence, f.lineOffset])).toEqual([['Loven skal gælde fra 1. januar 2026.', 0]]);
  });

  it('reads frontmatter and YAML text fields with their line, but not the editors\' own notes', () => {
    const dir = contentDir({
      ...BASE,
      'organisationer/hjerteforeningen.mdx': mdx(
        { ...VALID.organisationer, forbehold: ['Det er ikke bekræftet, hvad regionen vil gøre fra 1. januar 2027.'], redaktionsnoter: ['Vi skal tjekke siden efter 1. januar 2027.'] },
        `## Om foreningen\n\n${MERGER}`,
      ),
    });
    expect(lintDir(dir, BEFORE).filter((p) => p.rule === 'KB027')).toEqual([]);
    const problems = lintDir(dir, AFTER).filter((p) => p.rule === 'KB027');
    expect(problems.map((p) => [p.severity, p.field, p.message.slice(0, 62)])).toEqual([
      ['advarsel', 'forbehold.0', 'Datoen 1. januar 2027 er passeret, men sætningen taler om den '],
      ['advarsel', undefined, 'Datoen 1. januar 2027 er passeret, men sætningen taler om den '],
    ]);
    expect(problems.every((p) => typeof p.line === 'number' && p.file.endsWith('hjerteforeningen.mdx'))).toBe(true);
  });

  it('takes its clock from VIDENSBASEN_IDAG, and says in Danish what to write when it is wrong', () => {
    expect(clockToday({ VIDENSBASEN_IDAG: '2027-01-02' })).toEqual(AFTER);
    expect(clockToday({}, new Date('2026-12-07T23:30:00Z'))).toEqual(new Date('2026-12-08T00:00:00Z'));
    expect(() => clockToday({ VIDENSBASEN_IDAG: '2. januar 2027' })).toThrow('VIDENSBASEN_IDAG="2. januar 2027" er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx VIDENSBASEN_IDAG=2027-01-02, eller fjern variablen for at bruge dagens dato.');
    expect(() => clockToday({ VIDENSBASEN_IDAG: '2027-02-30' })).toThrow('er ikke en dato');
  });
});
