import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { fieldError, list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { httpsUrl } from './shared/url.ts';
import { GAELDER_FOR, LAESERE, RAMME_ARTER, SITUATIONER } from './shared/vocabularies.ts';

/** The legal basis of a framework: a label and, where one is verified, a link to the text. */
export const HjemmelSchema = z.strictObject(
  {
    /** The provision or document, e.g. `Serviceloven § 18 a`. */
    betegnelse: text('hjemmel.betegnelse', 'Skriv bestemmelsen, fx "Serviceloven § 18 a", eller "Ingen verificeret hjemmel – spørg en regional jurist".', 200),
    /** A link to the legal text or the source that states it. */
    url: httpsUrl('hjemmel.url').optional(),
  },
  { error: fieldError('hjemmel', 'Skriv hjemmel som to linjer: betegnelse: … og eventuelt url: https://…') },
);

/** A rule or condition for collaboration: what the region may, may not, must or should do. */
export const rammeSchema = (ref: RefFactory) =>
  entrySchema({
    /** The rule in a short sentence, e.g. `Regionen må ikke give økonomisk støtte til organisationer`. */
    titel: text('titel', 'Skriv rammen som en kort sætning.'),
    /** The rule and its consequence in one or two sentences. */
    resume: text('resume', 'Skriv en eller to sætninger om, hvad rammen betyder i praksis.', 400),
    /** Whether it is something one may, may not, must or should do. */
    art: RAMME_ARTER.schema('art'),
    /** Whom the rule applies to (at least one). */
    gaelderFor: list('gaelderFor', GAELDER_FOR.schema('gaelderFor'), 'Vælg mindst én.', 1),
    /** The readers of the decision aid the rule concerns (at least one). */
    laesere: list('laesere', LAESERE.schema('laesere'), 'Vælg mindst én.', 1),
    /** The situations in which the rule applies; an empty list means it applies to every collaboration. */
    situationer: list('situationer', SITUATIONER.schema('situationer'), 'Vælg de situationer, rammen gælder i, eller skriv [] hvis den gælder alle samarbejder.'),
    /** The legal basis, where one is verified. */
    hjemmel: HjemmelSchema.optional(),
    /** Whether a regional lawyer must assess the concrete collaboration. */
    juristVurdering: z.boolean({ error: fieldError('juristVurdering', 'Skriv true, hvis en regional jurist skal vurdere det konkrete samarbejde, ellers false.') }),
    /** The sources the rule builds on (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Ramme = z.output<ReturnType<typeof rammeSchema>>;
