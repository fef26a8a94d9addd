import { z } from 'astro/zod';

/**
 * Building blocks of the export formats. Field descriptions are Danish: they are shown on /data/
 * and in the published JSON Schemas that data users read.
 */

/** A stable UUID (version 5) made from the entry's collection and id. */
export const IdSchema = z.uuid().describe('Stabil id (UUID version 5), beregnet af samling og filnavn. Den ændrer sig ikke mellem udgivelser.');

/** A calendar date. */
export const DatoSchema = z.iso.date().describe('Dato som ÅÅÅÅ-MM-DD.');

/** An absolute https address. */
export const UrlSchema = z.url({ protocol: /^https?$/ }).describe('Fuld webadresse.');

/** A vocabulary value: the machine key and its Danish label. */
export const KodeSchema = z
  .strictObject({
    kode: z.string().describe('Den faste nøgle (ASCII), fx "lighed-i-sundhed".'),
    navn: z.string().describe('Den danske betegnelse, fx "Lighed i sundhed".'),
  })
  .describe('En værdi fra et fast ordforråd.');

/** A link to another entry in the exports. */
export const HenvisningSchema = z
  .strictObject({
    id: IdSchema,
    slug: z.string().describe('Samling og filnavn, fx "organisationer/hjerteforeningen".'),
    navn: z.string().describe('Postens titel eller navn.'),
  })
  .describe('Henvisning til en anden post; id svarer til id i den pågældende eksportfil.');

/** A source cited by an entry. */
export const CiteretKildeSchema = z
  .strictObject({
    titel: z.string().describe('Kildens titel.'),
    udgiver: z.string().describe('Hvem der har udgivet kilden.'),
    aar: z.number().int().describe('Udgivelsesår.'),
    url: UrlSchema.optional().describe('Hvor kilden kan læses (mangler for interne dokumenter).'),
  })
  .describe('En kilde, posten bygger på.');

/** What every record carries about the entry it comes from. */
export const postFelterShape = {
  slug: z.string().describe('Samling og filnavn, fx "eksempler/hjerteforeningen-hjertecafe". Entydig og stabil.'),
  url: UrlSchema.describe('Postens side i vidensbasen.'),
  sidst_gennemgaaet: DatoSchema.describe('Hvornår redaktionen sidst har tjekket posten mod kilderne.'),
  naeste_gennemgang: DatoSchema.describe('Hvornår posten skal tjekkes igen.'),
  forbehold: z.array(z.string()).describe('Oplysninger i posten, som ikke er bekræftet af en kilde.'),
  kilder: z.array(CiteretKildeSchema).describe('De kilder, posten bygger på.'),
};

/** The licence the data is published under. */
export const LicensSchema = z
  .strictObject({
    navn: z.string().min(1).describe('Licensens navn, fx "CC BY 4.0".'),
    url: UrlSchema.describe('Hvor licensteksten står.'),
  })
  .describe('Licensen, data må genbruges under.');

/** The wrapper of every export file: what it is, how many records, and the records. */
export function eksportFil<T extends z.ZodType>(poster: T, beskrivelse: string) {
  return z.strictObject({
    $schema: UrlSchema.describe('Adressen på denne fils JSON Schema.'),
    titel: z.string().describe('Hvad filen indeholder.'),
    kilde: UrlSchema.describe('Vidensbasens forside.'),
    licens: LicensSchema,
    antal: z.number().int().min(0).describe('Antal poster i filen.'),
    poster: z.array(poster).describe(beskrivelse),
  });
}
