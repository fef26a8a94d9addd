import { describe, expect, it } from 'vitest';
import { COLLECTION_DEFINITIONS } from '../../../src/schemas/index.ts';
import { slugReference } from '../../../src/schemas/shared/reference.ts';

const messages = (collection: keyof typeof COLLECTION_DEFINITIONS, data: unknown) => {
  const result = COLLECTION_DEFINITIONS[collection].schema(slugReference).safeParse(data);
  return new Map((result.error?.issues ?? []).map((i) => [i.path.filter((p) => typeof p === 'string').join('.'), i.message]));
};

describe('field names in messages come from the issue path', () => {
  it('names nested fields by their path and list items by their list', () => {
    const org = messages('organisationer', { kontakt: { mail: 'mailto:fornavn.efternavn@eksempel.dk' }, maalgrupper: ['ukendt'] });
    expect(org.get('kontakt.mail')).toMatch(/^"kontakt\.mail" må kun være en fælles postkasse/);
    expect(org.get('maalgrupper')).toMatch(/^"maalgrupper" har værdien "ukendt", som ikke er tilladt\. Skriv en af: /);
    const guide = messages('vejledninger', { trin: [{ titel: '', tekst: 'Gør det.' }] });
    expect(guide.get('trin.titel')).toBe('Feltet "trin.titel" er tomt. Skriv trinnet med få ord.');
  });

  it('says a missing vocabulary field is missing instead of quoting "undefined"', () => {
    expect(messages('organisationer', {}).get('status')).toMatch(/^Feltet "status" mangler\. Skriv en af: udkast \(Udkast\), publiceret \(Publiceret\)\.$/);
  });

  it('names a bad date by its field', () => {
    expect(messages('kilder', { sidstGennemgaaet: '2026-02-30' }).get('sidstGennemgaaet')).toBe(
      '"sidstGennemgaaet" skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-22',
    );
  });
});
