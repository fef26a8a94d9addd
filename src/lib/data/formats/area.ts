import { z } from 'astro/zod';
import { IdSchema, KodeSchema, LicensSchema, UrlSchema } from './common.ts';
import { DaekningRecordSchema, OrganizationRecordSchema, ServiceRecordSchema } from './hsds.ts';
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
const GrundSchema = z.string().describe('Hvorfor posten står på listen, fx "Arbejder i Hvidovre, som hører til sundhedsrådets område." eller "Dækker hele landet.".');

/** Which group of the council page the entry is under. */
const GruppeSchema = KodeSchema.describe('lokal (i rådets kommuner), region (hele Region Østdanmark), land (hele landet) eller online.');

/** Everything in one health council's area. */
export const OmraadeRecordSchema = z.strictObject({
  $schema: UrlSchema,
  titel: z.string(),
  kilde: UrlSchema,
  licens: LicensSchema,
  afgraensning: z.string().describe('Hvordan området er afgrænset ud fra vidensbasens data.'),
  sundhedsraad: SundhedsraadRecordSchema,
  kommuner: z.array(z.string()).describe('Rådets kommuner, som kilderne nævner dem (src/schemas/shared/kommuner.ts).'),
  kommuner_komplet: z.boolean().describe('true, hvis en kilde siger, at listen over kommuner er fuldstændig.'),
  enheder: z.array(z.strictObject({
    id: IdSchema, slug: z.string(), url: UrlSchema, navn: z.string(), type: KodeSchema, gruppe: GruppeSchema, grund: GrundSchema, daekning: DaekningRecordSchema,
  })).describe('Regionale enheder på listen.'),
  eksempler: z.array(z.strictObject({ gruppe: GruppeSchema, grund: GrundSchema, post: EksempelRecordSchema })).describe('Samarbejder på listen.'),
  organisationer: z.array(z.strictObject({ gruppe: GruppeSchema, grund: GrundSchema, post: OrganizationRecordSchema })).describe('Organisationer på listen (HSDS organization).'),
  tilbud: z.array(z.strictObject({ gruppe: GruppeSchema, grund: GrundSchema, post: ServiceRecordSchema })).describe('Tilbud på listen (HSDS service); service_areas siger, hvor de kan bruges.'),
  optaelling: z.strictObject({ temaer: OptaellingSchema, maalgrupper: OptaellingSchema }),
});

export type OmraadeRecord = z.output<typeof OmraadeRecordSchema>;
