import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { kilder, resume } from './shared/common-fields.ts';
import { text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';

/** One of the four strategic bearings in Region Hovedstaden's vision paper (2025). */
export const pejlemaerkeSchema = (ref: RefFactory) =>
  entrySchema({
    nummer: z
      .number({ error: '"nummer" skal være pejlemærkets nummer, 1, 2, 3 eller 4' })
      .int({ error: '"nummer" skal være et helt tal fra 1 til 4' })
      .min(1, { error: '"nummer" skal være fra 1 til 4' })
      .max(4, { error: '"nummer" skal være fra 1 til 4' }).describe('Pejlemærkets nummer, 1–4, som i visionspapiret.'),
    titel: text('Skriv pejlemærkets titel.').describe('Pejlemærkets titel med almindelige ord.'),
    resume: resume('Skriv en eller to sætninger om pejlemærket.', 'Hvad pejlemærket handler om, i en eller to sætninger.'),
    kilder: kilder(ref, 'De kilder, pejlemærket bygger på (mindst én).'),
  }).describe('Et af de fire strategiske pejlemærker i Region Hovedstadens visionspapir (2025). Brødteksten forklarer pejlemærket og dets eksempler.');

export type Pejlemaerke = z.output<ReturnType<typeof pejlemaerkeSchema>>;
