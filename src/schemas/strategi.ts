import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { kilder, resume } from './shared/common-fields.ts';
import { fieldName, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';

/** Positions must be whole numbers from 1, so sections are read in order. */
export const position = () =>
  z
    .number({ error: (issue) => `"${fieldName(issue)}" skal være et helt tal fra 1, fx 1` })
    .int({ error: (issue) => `"${fieldName(issue)}" skal være et helt tal, fx 2` })
    .min(1, { error: (issue) => `"${fieldName(issue)}" skal være 1 eller højere` });

/** One section of the strategy (vision and background, the three goals, organisation). */
export const strategiSchema = (ref: RefFactory) =>
  entrySchema({
    titel: text('Skriv afsnittets overskrift.').describe('Afsnittets overskrift.'),
    raekkefoelge: position().describe('Afsnittets plads i strategien: 1, 2, 3 …'),
    resume: resume('Skriv en eller to sætninger om afsnittet.', 'Hvad afsnittet handler om, i en eller to sætninger.'),
    kilder: kilder(ref, 'De kilder, afsnittet bygger på (mindst én).', 'Henvis til mindst én kilde, fx visionspapir-region-hovedstaden-2025.'),
  }).describe('Et afsnit af strategien for samarbejdet med civilsamfundet: vision og baggrund, mål og organisering. Brødteksten er afsnittet selv.');

export type Strategi = z.output<ReturnType<typeof strategiSchema>>;
