import { resolve } from 'node:path';
import { readAllContent, type ContentFile } from '../../../src/lib/content-files.ts';
import { isEntryOf, isPublished } from '../../../src/lib/model.ts';
import { validateSchemas, type ParsedEntry } from '../../../src/lib/validate.ts';
import type { CollectionName } from '../../../src/schemas/index.ts';
import { isEntryRef, SLUG } from '../../../src/schemas/shared/reference.ts';

const root = resolve(import.meta.dirname, '../../..');

/** The real content, parsed with the schemas (references as { id, collection }). */
export const files: ContentFile[] = readAllContent(resolve(root, 'content'), root);
export const { entries } = validateSchemas(files);
export const published: ParsedEntry[] = entries.filter(isPublished);

/** Published entries of one collection. */
export const of = <C extends CollectionName>(collection: C) => published.filter(isEntryOf(collection));

/** The ids a reference field holds. */
export const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((r) => (r as { id: string }).id);

/** All reader-facing prose of an entry: text fields and the body, without URLs and ids. */
export function prose(entry: ParsedEntry): string {
  const texts: string[] = [];
  const walk = (value: unknown, key = '') => {
    // Vocabulary keys and ids are slug-shaped (faellesskab, sjaelland); they are not prose.
    if (typeof value === 'string' && !/url|hjemmeside|mail|telefon/i.test(key) && !SLUG.test(value)) texts.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object' && !(value instanceof Date) && !isEntryRef(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(entry.data);
  // A footnote definition starts with a source id (a slug such as region-sjaelland-…); only its locator is prose.
  const body = entry.file.body.replace(/^\[\^[^\]\s]+\]:[ \t]*[a-z0-9-]+,/gm, '');
  texts.push(body.replace(/\]\([^)]*\)/g, ']'));
  return texts.join('\n');
}
