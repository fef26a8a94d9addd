import type { CollectionName } from '../schemas/index.ts';
import { isEntryRef, keyOf, type EntryRef } from '../schemas/shared/reference.ts';

/** What the relation code reads of an entry; every `Entry` of model.ts is one. */
interface Linking {
  collection: CollectionName;
  id: string;
  data: object;
}

/** One incoming link: `from` refers to the entry in its field `field`. */
export interface Backlink {
  from: EntryRef;
  field: string;
}

/** Every `{ id, collection }` reference in parsed data, with the field path it sits at. */
export function collectRefs(value: unknown, path: (string | number)[] = [], found: { ref: EntryRef; path: (string | number)[] }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectRefs(item, [...path, i], found));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    if (isEntryRef(value)) found.push({ ref: value, path });
    else for (const [key, item] of Object.entries(value)) collectRefs(item, [...path, key], found);
  }
  return found;
}

/**
 * Inverts all references in one pass: for each entry, who points at it and from which field.
 * Linear in the number of references (no entry is compared with every other).
 */
export function buildBacklinks(entries: readonly Linking[]): Map<string, Backlink[]> {
  const backlinks = new Map<string, Backlink[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const { ref, path } of collectRefs(entry.data)) {
      const field = String(path.find((p) => typeof p === 'string') ?? '');
      const dedupe = `${keyOf(ref)}<${entry.collection}/${entry.id}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const list = backlinks.get(keyOf(ref)) ?? [];
      list.push({ from: { collection: entry.collection, id: entry.id }, field });
      backlinks.set(keyOf(ref), list);
    }
  }
  return backlinks;
}

/** Backlinks grouped by the collection they come from, in the collections' order. */
export function groupByCollection(links: readonly Backlink[], order: readonly CollectionName[]): [CollectionName, Backlink[]][] {
  return order
    .map((collection) => [collection, links.filter((l) => l.from.collection === collection)] as [CollectionName, Backlink[]])
    .filter(([, list]) => list.length > 0);
}
