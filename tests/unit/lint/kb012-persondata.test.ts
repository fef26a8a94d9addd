import { describe, expect, it } from 'vitest';
import { persondata } from '../../../src/lib/lint/rules/kb012-persondata.ts';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, check, contentDir, lintDir, mdx } from './support.ts';

describe('KB012 persondata', () => {
  it('passes role mailboxes, landlines, CVR numbers and years', () => {
    const body = 'Skriv til [info@hjerteforeningen.dk](mailto:info@hjerteforeningen.dk) eller ring 33 67 00 00. CVR 29190925. I 2024-2025 og 2026 2027.';
    expect(check(persondata, body)).toEqual([]);
  });

  it('refuses a personal address in text and in a mailto link, masked', () => {
    const findings = check(persondata, 'Kontakt [Jens](mailto:jens.hansen@region.dk) eller jens.hansen@region.dk.');
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message).toBe('"j…@region.dk" ligner en persons mailadresse. Skriv en fælles postkasse (fx info@ eller kontakt@), eller henvis til organisationens hjemmeside.');
  });

  it('refuses mobile numbers in several spellings', () => {
    const findings = check(persondata, 'Ring 20 30 40 50, +45 61234567 eller 40.12.34.56.');
    expect(findings).toHaveLength(3);
    expect(findings[0]?.message).toMatch(/^"XX XX XX 50" ligner et mobilnummer\. Personlige numre må ikke stå i teksten/);
  });

  it('checks free-text frontmatter fields, but not the schema-checked contact fields', () => {
    const data = { ...VALID.organisationer, samarbejde: 'Ring til formanden på 20304050.', kontakt: { telefon: 'tel:+4520304050' } };
    const problems = lintDir(contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(data) })).filter((p) => p.rule === 'KB012');
    expect(problems.map((p) => p.field)).toEqual(['samarbejde']);
  });

  it('leaves the schema-checked CVR field alone, even when it starts like a mobile number', () => {
    const data = { ...VALID.organisationer, cvr: '25000005' };
    expect(lintDir(contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(data) })).filter((p) => p.rule === 'KB012')).toEqual([]);
  });

  it('accepts allow-listed public numbers', () => {
    const files = { ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(VALID.organisationer, 'Rådgivning: 20 30 40 50.'), 'undtagelser.yaml': 'kontakt:\n  - "20 30 40 50"\n' };
    expect(lintDir(contentDir(files)).filter((p) => p.rule === 'KB012')).toEqual([]);
  });
});
