import { describe, expect, it } from 'vitest';
import { talKilder } from '../../../src/lib/lint/rules/kb020-tal-kilder.ts';
import { check, SOURCES } from './support.ts';

describe('KB020 tal-kilder', () => {
  it('passes numbers that cite a source and text without numbers', () => {
    const body = ['Workshoppen havde omkring 60 deltagere.[^1]', '', 'Frivillige gør en forskel.', '', '[^1]: potentialer-og-mulige-veje-2025, afsnit "Workshoppen"'].join('\n');
    expect(check(talKilder, body, { entryKey: 'strategi/x', sources: SOURCES })).toEqual([]);
  });

  it('warns at numbers, amounts, dates and § without a footnote, outside rammer', () => {
    const body = ['Mødet var den 22. april 2025.', '', '- Puljen er på 2,4 mio. kr.', '- Efter servicelovens § 18.', '- Et beløb i mio. kr. uden tal.'].join('\n');
    const findings = check(talKilder, body, { entryKey: 'eksempler/x' });
    expect(findings.map((f) => f.line)).toEqual([1, 3, 4, 5]);
    expect(findings[0]?.message).toBe(
      'Afsnittet nævner et tal, et beløb, en dato eller en § ("…Mødet var den 22. april 2025.…") uden kildehenvisning. Sæt en fodnote efter oplysningen, fx [^1], og skriv nederst [^1]: <kilde-id>, afsnit "…".',
    );
  });

  it('leaves rammer to KB019', () => {
    expect(check(talKilder, 'Efter § 18.', { entryKey: 'rammer/x' })).toEqual([]);
  });
});
