import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { kilder } from './shared/common-fields.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';

/** A term in the glossary; its synonyms also feed the search's synonym layer. */
export const begrebSchema = (ref: RefFactory) =>
  entrySchema({
    term: text('Skriv begrebet, som kilderne bruger det.', 120)
      .describe('Begrebet, som kilderne bruger det, fx Sociale henvisninger.'),
    definition: text('Skriv en kort definition i almindeligt sprog.', 800)
      .describe('En definition i almindeligt sprog, i en til tre sætninger.'),
    synonymer: list(text('Skriv et synonym.', 80), 'Skriv andre ord for det samme, eller [].')
      .describe('Andre ord, læserne bruger om det samme. Søgning på dem finder begrebet. Skriv [], hvis der ingen er.'),
    engelsk: text('Skriv det engelske begreb, fx "social prescribing".', 120).optional()
      .describe('Det almindelige engelske begreb, hvis der er et, fx social prescribing.'),
    relateret: list(ref('ordliste'), 'Henvis til beslægtede begreber.').optional()
      .describe('Beslægtede begreber i ordlisten.'),
    kilder: kilder(ref, 'Kilderne til definitionen (mindst én).'),
  }).describe('Et begreb i ordlisten med en kort definition. Synonymerne hjælper søgningen. Kun data, ingen brødtekst.');

export type Begreb = z.output<ReturnType<typeof begrebSchema>>;
