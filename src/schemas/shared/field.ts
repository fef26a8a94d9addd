import { z } from 'astro/zod';

/**
 * An error function for a field: a missing value and a wrong value get different Danish
 * messages, both naming the field and saying what to write instead.
 */
export function fieldError(field: string, whatToWrite: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `Feltet "${field}" mangler. ${whatToWrite}`
      : `"${field}" er ikke udfyldt rigtigt. ${whatToWrite}`;
}

/** Placeholder text written by `npm run ny`; it always fails validation until replaced. */
export const PLACEHOLDER = 'UDFYLD';

/** A non-empty line of text (titles, names, summaries), refusing the scaffold placeholder. */
export function text(field: string, whatToWrite: string, max = 300) {
  return z
    .string({ error: fieldError(field, whatToWrite) })
    .trim()
    .min(1, { error: `Feltet "${field}" er tomt. ${whatToWrite}` })
    .max(max, { error: `"${field}" er for lang (højst ${max} tegn). Skriv det kortere.` })
    .refine((value) => !value.includes(PLACEHOLDER), {
      error: `"${field}" indeholder stadig pladsholderen ${PLACEHOLDER}. ${whatToWrite}`,
    });
}

/** A list with at least `min` items and no duplicates. */
export function list<T extends z.ZodType>(field: string, item: T, whatToWrite: string, min = 0) {
  return z
    .array(item, { error: fieldError(field, `Skriv en liste. ${whatToWrite}`) })
    .min(min, { error: `"${field}" skal have mindst ${min} ${min === 1 ? 'element' : 'elementer'}. ${whatToWrite}` })
    .refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, {
      error: `"${field}" nævner det samme to gange. Fjern dubletten.`,
    });
}
