import { z } from 'astro/zod';
import { Id, Kode, Licens, Url } from './common.ts';
import { Organization, Service } from './hsds.ts';
import { Eksempel, Sundhedsraad } from './own.ts';

/** Counts per vocabulary value in a council's area. */
export const Optaelling = z.array(z.strictObject({
  kode: z.string(),
  navn: z.string(),
  eksempler: z.number().int().min(0),
  organisationer: z.number().int().min(0),
  tilbud: z.number().int().min(0),
  i_alt: z.number().int().min(0),
})).describe('Antal eksempler, organisationer og tilbud i området pr. værdi; værdier uden poster er udeladt.');

/** Why an entry is in the area. */
const Grund = z.string().describe('Hvorfor posten hører til området, fx "Deltager i eksemplet: …".');

/** Everything in one health council's area. */
export const Omraade = z.strictObject({
  $schema: Url,
  titel: z.string(),
  kilde: Url,
  licens: Licens,
  afgraensning: z.string().describe('Hvordan området er afgrænset ud fra vidensbasens data.'),
  sundhedsraad: Sundhedsraad,
  enheder: z.array(z.strictObject({
    id: Id, slug: z.string(), url: Url, navn: z.string(), type: Kode, grund: Grund,
  })).describe('Regionale enheder i området.'),
  eksempler: z.array(z.strictObject({ grund: Grund, post: Eksempel })).describe('Samarbejder i området.'),
  organisationer: z.array(z.strictObject({ grund: Grund, post: Organization })).describe('Organisationer, der deltager i samarbejder i området (HSDS organization).'),
  tilbud: z.array(z.strictObject({ grund: Grund, post: Service })).describe('Tilbud fra disse organisationer (HSDS service). De kan også foregå andre steder: se service_areas.'),
  optaelling: z.strictObject({ temaer: Optaelling, maalgrupper: Optaelling }),
});

export type OmraadeRecord = z.output<typeof Omraade>;
