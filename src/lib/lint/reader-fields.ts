/** The field where notes about how an entry was made belong; it is never shown to readers. */
export const NOTES_FIELD = 'redaktionsnoter';

/** Every string in an entry's frontmatter with its path, except the editors' own notes (what readers see). */
export function readerStrings(value: unknown, path: (string | number)[] = []): { text: string; path: (string | number)[] }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => readerStrings(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => (path.length === 0 && k === NOTES_FIELD ? [] : readerStrings(v, [...path, k])));
  }
  return [];
}
