import { z } from 'astro/zod';
import { isoDate } from './dates.ts';
import { fieldError, list, text } from './field.ts';
import { UDGIVELSESSTATUS } from './vocabularies.ts';

/** Fields every entry carries: publication status, owner and review dates. */
export const metaShape = {
  /** `udkast` is shown in `npm run dev` only; `publiceret` is built and published. */
  status: UDGIVELSESSTATUS.schema('status'),
  /** The role or team that owns the entry and answers for it (never a person's name), e.g. `Sekretariatet for civilsamfund`. */
  ejer: text('ejer', 'Skriv den rolle eller det team, der ejer indholdet, fx "Redaktionen" (ikke en persons navn).', 120),
  /** The date someone last checked the entry against its sources. */
  sidstGennemgaaet: isoDate('sidstGennemgaaet'),
  /** The date the entry must be checked again; after `sidstGennemgaaet`. */
  naesteGennemgang: isoDate('naesteGennemgang'),
  /** Facts on the entry that are not verified; each is shown to the reader as a reservation. */
  forbehold: list('forbehold', text('forbehold', 'Skriv forbeholdet som en hel sætning.', 500), 'Skriv hvert forbehold som en hel sætning.').optional(),
};

/**
 * Wraps a collection's own fields with the shared ones in a strict object: unknown keys
 * (typos) are errors, and the next review must come after the last one.
 */
export function entrySchema<S extends z.ZodRawShape>(shape: S) {
  return z
    .strictObject(
      { ...metaShape, ...shape },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `Ukendt felt: ${issue.keys.map((k) => `"${k}"`).join(', ')}. Tjek stavningen; de tilladte felter står i feltoversigten under /bidrag/felter/.`
            : fieldError('indhold', 'Filen skal begynde med frontmatter mellem to linjer med ---.')(issue),
      },
    )
    .superRefine((entry, ctx) => {
      const { sidstGennemgaaet: last, naesteGennemgang: next } = entry as { sidstGennemgaaet: Date; naesteGennemgang: Date };
      if (last instanceof Date && next instanceof Date && next.getTime() <= last.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['naesteGennemgang'],
          message: '"naesteGennemgang" skal ligge efter "sidstGennemgaaet". Skriv en senere dato, fx et år efter.',
        });
      }
    });
}
