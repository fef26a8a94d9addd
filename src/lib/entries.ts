import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_DEFINITIONS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { EntryRef } from '../schemas/shared/reference.ts';
import { buildBacklinks, keyOf, type Backlink } from './relations.ts';

export type AnyEntry = CollectionEntry<CollectionName>;

/** Drafts are built by `npm run dev` only; the published site holds `status: publiceret`. */
const isVisible = (entry: { data: { status: string } }) => import.meta.env.DEV || entry.data.status === 'publiceret';

// One collator for the whole build: localeCompare(…, 'da') looks the locale up on every call.
const DANISH = new Intl.Collator('da');

/** Orders entries by title in Danish alphabetical order (Æ, Ø, Å last). */
export const byTitle = (a: { collection: CollectionName; data: object }, b: { collection: CollectionName; data: object }) =>
  DANISH.compare(titleOf(a), titleOf(b));

/** The visible entries of one collection, sorted by title in Danish order. */
export async function entriesOf<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection, isVisible as never)) as CollectionEntry<C>[];
  return entries.sort(byTitle);
}

let cache: Promise<{ all: AnyEntry[]; byKey: Map<string, AnyEntry>; backlinks: Map<string, Backlink[]> }> | undefined;

/** All visible entries, an index by `collection/id` and the backlinks, computed once per build. */
export function corpus() {
  cache ??= (async () => {
    const all = (await Promise.all(COLLECTIONS.keys.map((c) => entriesOf(c)))).flat() as AnyEntry[];
    const byKey = new Map(all.map((e) => [keyOf(e), e]));
    return { all, byKey, backlinks: buildBacklinks(all) };
  })();
  return cache;
}

/** Resolves references to visible entries, dropping any that are not built (e.g. drafts). */
export async function resolve(refs: readonly EntryRef[] | EntryRef | undefined): Promise<AnyEntry[]> {
  const { byKey } = await corpus();
  const list = refs === undefined ? [] : Array.isArray(refs) ? refs : [refs as EntryRef];
  return list.map((r) => byKey.get(keyOf(r))).filter((e): e is AnyEntry => e !== undefined);
}

/** The URL of an entry's page. */
export const entryUrl = (ref: EntryRef) => `/${ref.collection}/${ref.id}/`;

/** The entry's display name (titel, navn or term). */
export function titleOf(entry: { collection: CollectionName; data: object }): string {
  const field = COLLECTION_DEFINITIONS[entry.collection].titleField;
  return String((entry.data as Record<string, unknown>)[field] ?? '');
}

/** The entry's one-line summary (resume, beskrivelse or definition). */
export function summaryOf(entry: { data: object }): string {
  const data = entry.data as Record<string, unknown>;
  return String(data['resume'] ?? data['beskrivelse'] ?? data['definition'] ?? '');
}

/** The path of the entry's source file in the repository. */
export function sourcePath(entry: AnyEntry): string {
  return `content/${entry.collection}/${entry.id}.${COLLECTION_DEFINITIONS[entry.collection].format}`;
}
