import { z } from 'astro/zod';
import { HenvisningSchema, IdSchema, KodeSchema, postFelterShape, UrlSchema } from './common.ts';

/**
 * Examples, frameworks and councils have no counterpart in HSDS; their fields follow the
 * frontmatter (in snake_case), with vocabulary values as { kode, navn } and references resolved.
 */

/** A record of the own format: the stable id and the fields every record carries, then the collection's own. */
function ownRecord<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject({ id: IdSchema, ...postFelterShape, ...shape });
}

/** A collaboration between regional units and organisations. */
export const EksempelRecordSchema = ownRecord({
  titel: z.string().describe('Kort titel: hvem gør hvad med hvem.'),
  resume: z.string().describe('Samarbejdet i en eller to sætninger.'),
  region: KodeSchema.describe('Den region, samarbejdet hører til.'),
  sundhedsraad: HenvisningSchema.nullable().describe('Det sundhedsråd, hvis område samarbejdet ligger i, hvis det er kendt.'),
  enheder: z.array(HenvisningSchema).describe('Regionale enheder, der deltager.'),
  organisationer: z.array(HenvisningSchema).describe('Organisationer, der deltager (se organisationer.json).'),
  pejlemaerker: z.array(HenvisningSchema).describe('De strategiske pejlemærker, samarbejdet viser.'),
  maalgrupper: z.array(KodeSchema).describe('Hvem samarbejdet er for.'),
  temaer: z.array(KodeSchema).describe('Hvad samarbejdet handler om.'),
  model: KodeSchema.describe('Frivillige, lønnede eller begge.'),
  samarbejdsstatus: KodeSchema.describe('Om samarbejdet er aktivt, afsluttet, planlagt eller ukendt.'),
  periode: z.string().describe('Hvornår samarbejdet løber, som kilden angiver det.'),
  resultater: z.array(z.string()).describe('Resultater, kilderne dokumenterer.'),
});

/** A rule or condition for collaboration. */
export const RammeRecordSchema = ownRecord({
  titel: z.string().describe('Rammen i en kort sætning.'),
  resume: z.string().describe('Hvad rammen betyder i praksis.'),
  art: KodeSchema.describe('Må, må ikke, skal eller bør.'),
  gaelder_for: z.array(KodeSchema).describe('Hvem rammen gælder for.'),
  laesere: z.array(KodeSchema).describe('Hvilke læsere af beslutningsstøtten rammen angår.'),
  situationer: z.array(KodeSchema).describe('Situationer, hvor rammen gælder; tom liste betyder alle samarbejder.'),
  hjemmel: z.strictObject({ betegnelse: z.string(), url: UrlSchema.optional() }).nullable().describe('Den verificerede hjemmel, hvis der er en.'),
  jurist_vurdering: z.boolean().describe('Om en regional jurist skal vurdere det konkrete samarbejde.'),
});

/** A health council, with its entry point as an HSDS-style contact (a role mailbox, never a person). */
export const SundhedsraadRecordSchema = ownRecord({
  navn: z.string().describe('Sundhedsrådets officielle navn.'),
  resume: z.string().describe('Hvad der er bekræftet om sundhedsrådet.'),
  region: KodeSchema.describe('Regionen, sundhedsrådet hører til.'),
  kommuner: z.array(z.string()).describe('Kommunerne i området, hvis en kilde nævner dem.'),
  kommuner_verificeret: z.boolean().describe('Om listen over kommuner er bekræftet som fuldstændig.'),
  contacts: z.array(z.strictObject({
    id: IdSchema,
    title: z.string().describe('Rollen, fx "Civilsamfundskoordinator" (HSDS contact.title).'),
    email: z.email().describe('Rollens fælles postkasse (HSDS contact.email).'),
  })).describe('Indgangen for organisationer; tom, hvis den ikke er udpeget endnu.'),
  omraade: z.strictObject({ json: UrlSchema, csv: UrlSchema }).describe('Eksporten af alt i sundhedsrådets område.'),
});

export type EksempelRecord = z.output<typeof EksempelRecordSchema>;
export type RammeRecord = z.output<typeof RammeRecordSchema>;
export type SundhedsraadRecord = z.output<typeof SundhedsraadRecordSchema>;
