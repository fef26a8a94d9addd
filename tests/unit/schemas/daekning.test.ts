import { describe, expect, it } from 'vitest';
import { eksempelSchema } from '../../../src/schemas/eksempel.ts';
import { enhedSchema } from '../../../src/schemas/enhed.ts';
import { organisationSchema } from '../../../src/schemas/organisation.ts';
import { slugReference } from '../../../src/schemas/shared/reference.ts';
import { tilbudSchema } from '../../../src/schemas/tilbud.ts';
import { VALID } from './fixtures.ts';

const SCHEMAS = {
  tilbud: tilbudSchema(slugReference),
  organisationer: organisationSchema(slugReference),
  eksempler: eksempelSchema(slugReference),
  enheder: enhedSchema(slugReference),
} as const;

function messages(collection: keyof typeof SCHEMAS, daekning: unknown): string[] {
  const result = SCHEMAS[collection].safeParse({ ...VALID[collection], daekning });
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('the coverage field (daekning) in offers, organisations, examples and units', () => {
  for (const collection of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    it(`${collection}: accepts kommuner, region, land, online, uden-for-regionen and ukendt`, () => {
      expect(messages(collection, { omfang: 'kommuner', kommuner: ['Hvidovre', 'Tårnby'], grundlag: 'Postnummer 2650 ligger kun i Hvidovre Kommune.' })).toEqual([]);
      for (const omfang of ['region', 'land', 'online', 'uden-for-regionen', 'ukendt']) expect(messages(collection, { omfang })).toEqual([]);
      const parsed = SCHEMAS[collection].parse({ ...VALID[collection], daekning: { omfang: 'kommuner', kommuner: ['Hvidovre'] } });
      expect(parsed.daekning).toEqual({ omfang: 'kommuner', kommuner: ['Hvidovre'] });
    });
  }

  it('refuses an unknown kommune, naming the field and listing what to write', () => {
    const [message] = messages('tilbud', { omfang: 'kommuner', kommuner: ['Hvidovrre'] });
    expect(message).toMatch(/^"daekning\.kommuner": "Hvidovrre" er ikke en af Region Østdanmarks 46 kommuner\. Skriv en af: Albertslund, Allerød, /);
  });

  it('refuses a kommune outside Region Østdanmark and says what to write instead', () => {
    const [message] = messages('organisationer', { omfang: 'kommuner', kommuner: ['Aarhus'] });
    expect(message).toContain('"Aarhus" er ikke en af Region Østdanmarks 46 kommuner.');
    expect(message).toContain('Arbejder posten uden for regionen, så skriv omfang: uden-for-regionen.');
  });

  it('gives the right spelling when only "Kommune" or a genitive s differs', () => {
    expect(messages('tilbud', { omfang: 'kommuner', kommuner: ['Københavns Kommune'] })).toEqual([
      '"daekning.kommuner": "Københavns Kommune" skal skrives "København" – kun kommunens navn, som i listen over Region Østdanmarks kommuner.',
    ]);
  });

  it('wants kommuner when omfang is kommuner, and none otherwise', () => {
    expect(messages('tilbud', { omfang: 'kommuner' })).toEqual(['"daekning.kommuner" mangler. Når omfang er kommuner, så skriv mindst én kommune, fx kommuner: [Hvidovre].']);
    expect(messages('tilbud', { omfang: 'land', kommuner: ['Hvidovre'] })).toEqual(['"daekning.kommuner" må kun udfyldes, når omfang er kommuner. Slet listen, eller skriv omfang: kommuner.']);
  });

  it('lists the allowed values of a wrong omfang with their Danish labels', () => {
    expect(messages('tilbud', { omfang: 'hele-landet' })[0]).toBe(
      '"daekning.omfang" har værdien "hele-landet", som ikke er tilladt. Skriv en af: kommuner (Bestemte kommuner), region (Hele Region Østdanmark), land (Hele landet), online (Online), uden-for-regionen (Uden for Region Østdanmark), ukendt (Ukendt).',
    );
  });

  it('refuses a bare text instead of the group', () => {
    expect(messages('tilbud', 'hele landet')[0]).toMatch(/^"daekning" er ikke udfyldt rigtigt\. Skriv omfang: kommuner/);
  });

  it('is optional: an entry without it still validates (KB029 warns on offers)', () => {
    expect(SCHEMAS.tilbud.safeParse(VALID.tilbud).success).toBe(true);
  });
});
