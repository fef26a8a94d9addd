import { z } from 'astro/zod';
import { isoDate } from './dates.ts';
import { fieldError, list, text } from './field.ts';
import { UDGIVELSESSTATUS } from './vocabularies.ts';

/**
 * Fields every entry carries: publication status, owner and review dates. Each field's Danish
 * `.describe()` text is its one description: the field reference and the JSON Schemas read it.
 */
export const metaShape = {
  status: UDGIVELSESSTATUS.schema().describe(
    'Et udkast bliver ikke publiceret; kun redaktionen ser det. Vælg publiceret, når posten er klar til læserne.',
  ),
  ejer: text('Skriv den rolle eller det team, der ejer indholdet, fx "Redaktionen" (ikke en persons navn).', 120).describe(
    'Den rolle eller det team, der ejer posten og svarer for den, fx Redaktionen. Aldrig en persons navn.',
  ),
  sidstGennemgaaet: isoDate().describe('Datoen, hvor nogen sidst tjekkede posten mod kilderne.'),
  naesteGennemgang: isoDate().describe(
    'Datoen, hvor posten skal tjekkes igen. Den skal ligge efter datoen for sidste gennemgang; når den er passeret, får redaktionen en advarsel.',
  ),
  forbehold: list(text('Skriv forbeholdet som en hel sætning.', 500), 'Skriv hvert forbehold som en hel sætning.')
    .optional()
    .describe('Oplysninger i posten, som ingen kilde bekræfter. Hvert forbehold vises for læseren som en hel sætning.'),
  redaktionsnoter: list(text('Skriv noten som en hel sætning til redaktionen.', 500), 'Skriv hver note som en hel sætning.')
    .optional()
    .describe('Noter til redaktionen, fx hvorfor en organisation er registreret som en bestemt type. Vises kun på /redaktion/, aldrig for læseren.'),
};

/** True when the next review comes after the last one (the entry schema's rule, used by the web editor too). */
export function reviewInOrder(last: Date, next: Date): boolean {
  return next.getTime() > last.getTime();
}

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
            : fieldError('Filen skal begynde med frontmatter mellem to linjer med ---.')(issue),
      },
    )
    .superRefine((entry, ctx) => {
      const { sidstGennemgaaet: last, naesteGennemgang: next } = entry as { sidstGennemgaaet: Date; naesteGennemgang: Date };
      if (last instanceof Date && next instanceof Date && !reviewInOrder(last, next)) {
        ctx.addIssue({
          code: 'custom',
          path: ['naesteGennemgang'],
          message: '"naesteGennemgang" skal ligge efter "sidstGennemgaaet". Skriv en senere dato, fx et år efter.',
        });
      }
    });
}
