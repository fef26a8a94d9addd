import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { kilder, resume } from './shared/common-fields.ts';
import { fieldError, list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { httpsUrl } from './shared/url.ts';
import { GAELDER_FOR, LAESERE, RAMME_ARTER, SITUATIONER } from './shared/vocabularies.ts';

/** The legal basis of a framework: a label and, where one is verified, a link to the text. */
export const HjemmelSchema = z.strictObject(
  {
    betegnelse: text('Skriv bestemmelsen, fx "Serviceloven § 18 a", eller "Ingen verificeret hjemmel – spørg en regional jurist".', 200)
      .describe('Bestemmelsen eller dokumentet, fx Serviceloven § 18 a.'),
    url: httpsUrl().optional().describe('Et link til lovteksten eller den kilde, der angiver hjemlen.'),
  },
  { error: fieldError('Skriv hjemmel som to linjer: betegnelse: … og eventuelt url: https://…') },
);

/** A rule or condition for collaboration: what the region may, may not, must or should do. */
export const rammeSchema = (ref: RefFactory) =>
  entrySchema({
    titel: text('Skriv rammen som en kort sætning.')
      .describe('Rammen som en kort sætning, fx Regionen må ikke give økonomisk støtte til organisationer.'),
    resume: resume('Skriv en eller to sætninger om, hvad rammen betyder i praksis.', 'Rammen og hvad den betyder i praksis, i en eller to sætninger.'),
    art: RAMME_ARTER.schema().describe('Om det er noget, man må, ikke må, skal eller bør.'),
    gaelderFor: list(GAELDER_FOR.schema(), 'Vælg mindst én.', 1)
      .describe('Hvem rammen gælder for (mindst én).'),
    laesere: list(LAESERE.schema(), 'Vælg mindst én.', 1)
      .describe('De læsere af beslutningsstøtten, rammen er relevant for (mindst én).'),
    situationer: list(SITUATIONER.schema(), 'Vælg de situationer, rammen gælder i, eller skriv [] hvis den gælder alle samarbejder.')
      .describe('De situationer, rammen gælder i. En tom liste [] betyder, at den gælder alle samarbejder.'),
    hjemmel: HjemmelSchema.optional().describe('Den juridiske hjemmel, hvis den er bekræftet.'),
    juristVurdering: z.boolean({ error: fieldError('Skriv true, hvis en regional jurist skal vurdere det konkrete samarbejde, ellers false.') })
      .describe('true, hvis en regional jurist skal vurdere det konkrete samarbejde, ellers false.'),
    kilder: kilder(ref, 'De kilder, rammen bygger på (mindst én).'),
  }).describe('En regel eller betingelse for samarbejder: hvad regionen må, ikke må, skal eller bør – med hjemmel og kilde. Beslutningsstøtten viser rammerne efter situation.');

export type Ramme = z.output<ReturnType<typeof rammeSchema>>;
