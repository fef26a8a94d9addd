import { z } from 'astro/zod';
import { IdSchema, KodeSchema, LicensSchema, UrlSchema } from './common.ts';
import { OrganizationRecordSchema, ServiceRecordSchema } from './hsds.ts';
import { EksempelRecordSchema, SundhedsraadRecordSchema } from './own.ts';

/** Counts per vocabulary value in a council's area. */
export const OptaellingSchema = z.array(z.strictObject({
  kode: z.string(),
  navn: z.string(),
  eksempler: z.number().int().min(0),
  organisationer: z.number().int().min(0),
  tilbud: z.number().int().min(0),
  i_alt: z.number().int().min(0),
})).describe('Antal eksempler, organisationer og tilbud i området pr. værdi; værdier uden poster er udeladt.');

/** Why an entry is in the area. */
const GrundSchema = z.string().describe('Hvorfor posten hører til området, fx "Deltager i eksemplet: …".');

/** Everything in one health council's area. */
export const OmraadeRecordSchema = z.strictObject({
  $schema: UrlSchema,
  titel: z.string(),
  kilde: UrlSchema,
  licens: LicensSchema,
  afgraensning: z.string().describe('Hvordan området er afgrænset ud fra vidensbasens data.'),
  sundhedsraad: SundhedsraadRecordSchema,
  enheder: z.array(z.strictObject({
    id: IdSchema, slug: z.string(), url: UrlSchema, navn: z.string(), type: KodeSchema, grund: GrundSchema,
  })).describe('Regionale enheder i området.'),
  eksempler: z.array(z.strictObject({ grund: GrundSchema, post: EksempelRecordSchema })).describe('Samarbejder i området.'),
  organisationer: z.array(z.strictObject({ grund: GrundSchema, post: OrganizationRecordSchema })).describe('Organisationer, der deltager i samarbejder i området (HSDS organization).'),
  tilbud: z.array(z.strictObject({ grund: GrundSchema, post: ServiceRecordSchema })).describe('Tilbud fra disse organisationer (HSDS service). De kan også foregå andre steder: se service_areas.'),
  optaelling: z.strictObject({ temaer: OptaellingSchema, maalgrupper: OptaellingSchema }),
});

export type OmraadeRecord = z.output<typeof OmraadeRecordSchema>;
