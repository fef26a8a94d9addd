import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';

/** One of the four strategic bearings in Region Hovedstaden's vision paper (2025). */
export const pejlemaerkeSchema = (ref: RefFactory) =>
  entrySchema({
    /** The bearing's number, 1–4, as in the vision paper. */
    nummer: z
      .number({ error: '"nummer" skal være pejlemærkets nummer, 1, 2, 3 eller 4' })
      .int({ error: '"nummer" skal være et helt tal fra 1 til 4' })
      .min(1, { error: '"nummer" skal være fra 1 til 4' })
      .max(4, { error: '"nummer" skal være fra 1 til 4' }),
    /** The bearing's title in plain words. */
    titel: text('titel', 'Skriv pejlemærkets titel.'),
    /** What the bearing is about, in one or two sentences. */
    resume: text('resume', 'Skriv en eller to sætninger om pejlemærket.', 400),
    /** The sources the bearing builds on (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Pejlemaerke = z.output<ReturnType<typeof pejlemaerkeSchema>>;
