import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';

/** Positions must be whole numbers from 1, so sections are read in order. */
export const position = (field: string) =>
  z
    .number({ error: `"${field}" skal være et helt tal fra 1, fx 1` })
    .int({ error: `"${field}" skal være et helt tal, fx 2` })
    .min(1, { error: `"${field}" skal være 1 eller højere` });

/** One section of the strategy (vision and background, the three goals, organisation). */
export const strategiSchema = (ref: RefFactory) =>
  entrySchema({
    titel: text('titel', 'Skriv afsnittets overskrift.').describe('Afsnittets overskrift.'),
    raekkefoelge: position('raekkefoelge').describe('Afsnittets plads i strategien: 1, 2, 3 …'),
    resume: text('resume', 'Skriv en eller to sætninger om afsnittet.', 400)
      .describe('Hvad afsnittet handler om, i en eller to sætninger.'),
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde, fx visionspapir-region-hovedstaden-2025.', 1)
      .describe('De kilder, afsnittet bygger på (mindst én).'),
  }).describe('Et afsnit af strategien for samarbejdet med civilsamfundet: vision og baggrund, mål og organisering. Brødteksten er afsnittet selv.');

export type Strategi = z.output<ReturnType<typeof strategiSchema>>;
