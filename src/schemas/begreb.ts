import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';

/** A term in the glossary; its synonyms also feed the search's synonym layer. */
export const begrebSchema = (ref: RefFactory) =>
  entrySchema({
    /** The term as the sources use it, e.g. `Sociale henvisninger`. */
    term: text('term', 'Skriv begrebet, som kilderne bruger det.', 120),
    /** A plain-language definition in one to three sentences. */
    definition: text('definition', 'Skriv en kort definition i almindeligt sprog.', 800),
    /** Other words readers use for the same thing (searching them finds the term). */
    synonymer: list('synonymer', text('synonymer', 'Skriv et synonym.', 80), 'Skriv andre ord for det samme, eller [].'),
    /** The common English term, if there is one. */
    engelsk: text('engelsk', 'Skriv det engelske begreb, fx "social prescribing".', 120).optional(),
    /** Related entries across the site. */
    relateret: list('relateret', ref('ordliste'), 'Henvis til beslægtede begreber.').optional(),
    /** The sources of the definition (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Begreb = z.output<ReturnType<typeof begrebSchema>>;
