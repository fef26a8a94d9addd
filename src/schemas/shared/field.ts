import { z } from 'astro/zod';

/** What zod hands an error function: the issue's value and its path from the entry's root. */
export interface FieldIssue {
  input?: unknown;
  path?: readonly PropertyKey[] | undefined;
}

/**
 * The field an issue is about, named from its path, so no schema line types its own field's name:
 * `["kontakt", "mail"]` → `kontakt.mail`, `["trin", 2, "titel"]` → `trin.titel` (list positions
 * are left out; the line number points at the item). zod gives error functions the whole path.
 */
export function fieldName(issue: FieldIssue): string {
  return (issue.path ?? []).filter((p): p is string => typeof p === 'string').join('.') || 'indhold';
}

/**
 * An error function for a field: a missing value and a wrong value get different Danish
 * messages, both naming the field and saying what to write instead.
 */
export function fieldError(whatToWrite: string) {
  return (issue: FieldIssue) => {
    if (issue.input === undefined) return `Feltet "${fieldName(issue)}" mangler. ${whatToWrite}`;
    // YAML reads an unquoted 2027-01-01 as a date, which a text field cannot take.
    if (issue.input instanceof Date) {
      const name = fieldName(issue);
      return `"${name}" er læst som en dato, ikke som tekst. Sæt værdien i anførselstegn, fx ${name}: "${issue.input.toISOString().slice(0, 10)}".`;
    }
    return `"${fieldName(issue)}" er ikke udfyldt rigtigt. ${whatToWrite}`;
  };
}

/** Placeholder text written by `npm run ny`; it always fails validation until replaced. */
export const PLACEHOLDER = 'UDFYLD';

/** A non-empty line of text (titles, names, summaries), refusing the scaffold placeholder. */
export function text(whatToWrite: string, max = 300) {
  return z
    .string({ error: fieldError(whatToWrite) })
    .trim()
    .min(1, { error: (issue) => `Feltet "${fieldName(issue)}" er tomt. ${whatToWrite}` })
    .max(max, { error: (issue) => `"${fieldName(issue)}" er for lang (højst ${max} tegn). Skriv det kortere.` })
    .refine((value) => !value.includes(PLACEHOLDER), {
      error: (issue) => `"${fieldName(issue)}" indeholder stadig pladsholderen ${PLACEHOLDER}. ${whatToWrite}`,
    });
}

/** A list with at least `min` items and no duplicates. */
export function list<T extends z.ZodType>(item: T, whatToWrite: string, min = 0) {
  return z
    .array(item, { error: fieldError(`Skriv en liste. ${whatToWrite}`) })
    .min(min, { error: (issue) => `"${fieldName(issue)}" skal have mindst ${min} ${min === 1 ? 'element' : 'elementer'}. ${whatToWrite}` })
    .refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, {
      error: (issue) => `"${fieldName(issue)}" nævner det samme to gange. Fjern dubletten.`,
    });
}
