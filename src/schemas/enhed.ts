import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { httpsUrl } from './shared/url.ts';
import { ENHEDSTYPER, REGIONER } from './shared/vocabularies.ts';

/** A regional unit: a hospital, psychiatric centre, clinic or regional enterprise. */
export const enhedSchema = (ref: RefFactory) =>
  entrySchema({
    /** The unit's name. */
    navn: text('navn', 'Skriv enhedens navn, fx "Herlev og Gentofte Hospital".', 160),
    /** What kind of unit it is. */
    type: ENHEDSTYPER.schema('type'),
    /** The region it belongs to today. */
    region: REGIONER.schema('region'),
    /** The health council whose area it lies in, if verified. */
    sundhedsraad: ref('sundhedsraad').optional(),
    /** The unit's own website. */
    hjemmeside: httpsUrl('hjemmeside').optional(),
    /** One sentence on the unit, from the sources. */
    resume: text('resume', 'Skriv en sætning om enheden.', 400),
    /** The sources that name the unit (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Enhed = z.output<ReturnType<typeof enhedSchema>>;
