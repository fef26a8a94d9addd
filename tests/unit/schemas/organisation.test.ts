import { describe, expect, it } from 'vitest';
import { organisationSchema, isValidCvr } from '../../../src/schemas/organisation.ts';
import { slugReference } from '../../../src/schemas/shared/reference.ts';

const schema = organisationSchema(slugReference);
const valid = {
  navn: 'Hjerteforeningen',
  type: 'patientforening',
  resume: 'Patientforening for mennesker med hjertesygdom.',
  hjemmeside: 'https://hjerteforeningen.dk/',
  omraader: ['hovedstaden'],
  maalgrupper: ['hjertepatienter'],
  temaer: ['peer-stoette'],
  samarbejde: 'Kontakt foreningen via dens hjemmeside.',
  kilder: ['visionspapir-region-hovedstaden-2025'],
  status: 'publiceret',
  ejer: 'Redaktionen',
  sidstGennemgaaet: '2026-11-22',
  naesteGennemgang: '2027-05-22',
};

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('organisation schema', () => {
  it('accepts a valid entry and resolves references to { id, collection }', () => {
    const result = schema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.kilder[0]).toEqual({ id: 'visionspapir-region-hovedstaden-2025', collection: 'kilder' });
  });

  it('names a missing field', () => {
    const { navn: _, ...rest } = valid;
    expect(messages(rest)).toContain('Feltet "navn" mangler. Skriv organisationens navn, som den selv skriver det.');
  });

  it('lists the allowed values of a wrong enum', () => {
    expect(messages({ ...valid, type: 'forening' })[0]).toMatch(/^"type" har værdien "forening", som ikke er tilladt\. Skriv en af: frivillig-forening \(Frivillig forening\), patientforening/);
  });

  it('refuses a non-https website, including javascript:', () => {
    for (const url of ['http://hjerteforeningen.dk', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(messages({ ...valid, hjemmeside: url })).toEqual(['"hjemmeside" skal være en fuld webadresse, der begynder med https://, fx https://www.eksempel.dk/']);
    }
  });

  it('refuses an unknown key (a typo)', () => {
    expect(messages({ ...valid, nvan: 'x' })[0]).toMatch(/^Ukendt felt: "nvan"/);
  });

  it('refuses review dates in the wrong order', () => {
    expect(messages({ ...valid, naesteGennemgang: '2026-01-01' })).toEqual([
      '"naesteGennemgang" skal ligge efter "sidstGennemgaaet". Skriv en senere dato, fx et år efter.',
    ]);
  });

  it('refuses a personal e-mail address as contact', () => {
    expect(messages({ ...valid, kontakt: { mail: 'mailto:jens.hansen@hjerteforeningen.dk' } })[0]).toMatch(/fælles postkasse/);
    expect(messages({ ...valid, kontakt: { mail: 'mailto:info@hjerteforeningen.dk', telefon: 'tel:+4533933333' } })).toEqual([]);
  });

  it('checks the CVR number with modulus 11', () => {
    expect(isValidCvr('10150817')).toBe(true);
    expect(isValidCvr('10150818')).toBe(false);
    expect(messages({ ...valid, cvr: '12345678' })[0]).toMatch(/kontrolcifferet passer ikke/);
  });
});
