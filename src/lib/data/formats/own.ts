import { z } from 'astro/zod';
import { Henvisning, Id, Kode, PostFelter, Url } from './common.ts';

/**
 * Examples, frameworks and councils have no counterpart in HSDS; their fields follow the
 * frontmatter (in snake_case), with vocabulary values as { kode, navn } and references resolved.
 */

/** A collaboration between regional units and organisations. */
export const Eksempel = z.strictObject({
  id: Id,
  ...PostFelter,
  titel: z.string().describe('Kort titel: hvem gør hvad med hvem.'),
  resume: z.string().describe('Samarbejdet i en eller to sætninger.'),
  region: Kode.describe('Den region, samarbejdet hører til.'),
  sundhedsraad: Henvisning.nullable().describe('Det sundhedsråd, hvis område samarbejdet ligger i, hvis det er kendt.'),
  enheder: z.array(Henvisning).describe('Regionale enheder, der deltager.'),
  organisationer: z.array(Henvisning).describe('Organisationer, der deltager (se organisationer.json).'),
  pejlemaerker: z.array(Henvisning).describe('De strategiske pejlemærker, samarbejdet viser.'),
  maalgrupper: z.array(Kode).describe('Hvem samarbejdet er for.'),
  temaer: z.array(Kode).describe('Hvad samarbejdet handler om.'),
  model: Kode.describe('Frivillige, lønnede eller begge.'),
  samarbejdsstatus: Kode.describe('Om samarbejdet er aktivt, afsluttet, planlagt eller ukendt.'),
  periode: z.string().describe('Hvornår samarbejdet løber, som kilden angiver det.'),
  resultater: z.array(z.string()).describe('Resultater, kilderne dokumenterer.'),
});

/** A rule or condition for collaboration. */
export const Ramme = z.strictObject({
  id: Id,
  ...PostFelter,
  titel: z.string().describe('Rammen i en kort sætning.'),
  resume: z.string().describe('Hvad rammen betyder i praksis.'),
  art: Kode.describe('Må, må ikke, skal eller bør.'),
  gaelder_for: z.array(Kode).describe('Hvem rammen gælder for.'),
  laesere: z.array(Kode).describe('Hvilke læsere af beslutningsstøtten rammen angår.'),
  situationer: z.array(Kode).describe('Situationer, hvor rammen gælder; tom liste betyder alle samarbejder.'),
  hjemmel: z.strictObject({ betegnelse: z.string(), url: Url.optional() }).nullable().describe('Den verificerede hjemmel, hvis der er en.'),
  jurist_vurdering: z.boolean().describe('Om en regional jurist skal vurdere det konkrete samarbejde.'),
});

/** A health council, with its entry point as an HSDS-style contact (a role mailbox, never a person). */
export const Sundhedsraad = z.strictObject({
  id: Id,
  ...PostFelter,
  navn: z.string().describe('Sundhedsrådets officielle navn.'),
  resume: z.string().describe('Hvad der er bekræftet om sundhedsrådet.'),
  region: Kode.describe('Regionen, sundhedsrådet hører til.'),
  kommuner: z.array(z.string()).describe('Kommunerne i området, hvis en kilde nævner dem.'),
  kommuner_verificeret: z.boolean().describe('Om listen over kommuner er bekræftet som fuldstændig.'),
  contacts: z.array(z.strictObject({
    id: Id,
    title: z.string().describe('Rollen, fx "Civilsamfundskoordinator" (HSDS contact.title).'),
    email: z.email().describe('Rollens fælles postkasse (HSDS contact.email).'),
  })).describe('Indgangen for organisationer; tom, hvis den ikke er udpeget endnu.'),
  omraade: z.strictObject({ json: Url, csv: Url }).describe('Eksporten af alt i sundhedsrådets område.'),
});

export type EksempelRecord = z.output<typeof Eksempel>;
export type RammeRecord = z.output<typeof Ramme>;
export type SundhedsraadRecord = z.output<typeof Sundhedsraad>;
