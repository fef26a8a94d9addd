import { describe, expect, it } from 'vitest';
import { cprYear, findCprNumbers, isDateValidCpr } from '../../../src/lib/lint/rules/kb011-cpr.ts';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx } from './support.ts';

describe('KB011 cpr', () => {
  it('applies the century rule without modulus 11', () => {
    expect(cprYear(65, 1)).toBe(1965);
    expect(cprYear(7, 4)).toBe(2007);
    expect(cprYear(58, 5)).toBe(1858);
    expect(isDateValidCpr('0101651234')).toBe(true); // fails modulus 11, still a valid number
    expect(isDateValidCpr('2902004000')).toBe(true); // 29 Feb 2000
    expect(isDateValidCpr('2902001000')).toBe(false); // 29 Feb 1900 did not exist
    expect(isDateValidCpr('3213651234')).toBe(false);
  });

  it('passes phone numbers, CVR, dates, P-numbers and allow-listed numbers', () => {
    for (const text of ['Ring 33 66 33 66', 'CVR 29190925', 'Den 31-12-1999', 'P-nr. 1003386271', 'EAN 5798000000000']) {
      expect(findCprNumbers(text), text).toEqual([]);
    }
    expect(findCprNumbers('Sag 010165-1234', new Set(['0101651234']))).toEqual([]);
  });

  it('finds CPR numbers in several spellings', () => {
    expect(findCprNumbers('Født 010165-1234 og 070707 7777 og 0101651234')).toEqual([6, 21, 36]);
  });

  it('reports the line and masks the number in the message', () => {
    const dir = contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(VALID.organisationer, 'Kontakt Jens, 010165-1234.') });
    const [problem] = lintDir(dir).filter((p) => p.rule === 'KB011');
    expect(problem?.message).toBe(
      'Her står noget, der ligner et CPR-nummer (XXXXXX-XXXX, kolonne 15). CPR-numre må aldrig offentliggøres: slet det. Er det ikke et CPR-nummer (fx et sagsnummer), så bed redaktionen skrive det i content/undtagelser.yaml.',
    );
    expect(problem?.message).not.toContain('010165');
  });

  it('reads the allow-list file', () => {
    const files = { ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(VALID.organisationer, 'Sagsnr. 010165-1234.'), 'undtagelser.yaml': 'cpr:\n  - "010165-1234"\n' };
    expect(lintDir(contentDir(files)).filter((p) => p.rule === 'KB011')).toEqual([]);
  });
});
