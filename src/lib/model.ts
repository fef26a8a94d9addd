import { COLLECTION_DEFINITIONS, COLLECTIONS, type CollectionName, type EntryData } from '../schemas/index.ts';
import { keyOf, type EntryRef } from '../schemas/shared/reference.ts';
import { buildBacklinks, type Backlink } from './relations.ts';

/**
 * The one entry model: an entry of a collection with its data typed by that collection's schema
 * (`z.output`), references parsed to `{ id, collection }`. Astro's `CollectionEntry` is one, and so
 * is what the content lint and the exports parse in Node. `Entry` alone is the union over all
 * collections, narrowed by `entry.collection` or `isEntryOf`.
 */
export type Entry<C extends CollectionName = CollectionName> = Extract<AnyCollectionEntry, { collection: C }>;

type AnyCollectionEntry = { [K in CollectionName]: { collection: K; id: string; data: EntryData[K] } }[CollectionName];

/** The key of an entry or reference, `collection/id` (defined beside `EntryRef`, which the schemas use too). */
export { keyOf };

/** The site path of an entry's page: `/organisationer/hjerteforeningen/`. */
export const entryUrl = (ref: EntryRef) => `/${ref.collection}/${ref.id}/`;

/** The path of an entry's source file in the repository, as git names it. */
export const sourcePath = (ref: EntryRef) => `content/${ref.collection}/${ref.id}.${COLLECTION_DEFINITIONS[ref.collection].format}`;

/** Published entries are built and exported; drafts (`status: udkast`) only show in `npm run dev`. */
export const isPublished = (entry: { data: { status: string } }) => entry.data.status === 'publiceret';

/** A typed guard: narrows an entry to one collection. */
export const isEntryOf =
  <C extends CollectionName>(collection: C) =>
  <E extends Entry>(entry: E): entry is Extract<E, { collection: C }> =>
    entry.collection === collection;

/** The fields that name an entry; each collection has exactly one of them (the registry's `titleField`). */
type Naming = { titel?: string; navn?: string; term?: string };
/** The fields that sum an entry up in a sentence or two; each collection has one of them. */
type Summing = { resume?: string; beskrivelse?: string; definition?: string };

/** The entry's display name (titel, navn or term). */
export function titleOf(entry: Entry): string {
  const data: Naming = entry.data;
  return data.titel ?? data.navn ?? data.term ?? '';
}

/** The entry's one-line summary (resume, beskrivelse or definition). */
export function summaryOf(entry: Entry): string {
  const data: Summing = entry.data;
  return data.resume ?? data.beskrivelse ?? data.definition ?? '';
}

// One collator for the whole build: localeCompare(…, 'da') looks the locale up on every call.
const DANISH = new Intl.Collator('da');

/** Orders entries by title in Danish alphabetical order (Æ, Ø, Å last). */
export const byTitle = (a: Entry, b: Entry) => DANISH.compare(titleOf(a), titleOf(b));

/** References as a list, whether a field holds one, many or none. */
export const refsIn = (value: readonly EntryRef[] | EntryRef | undefined): readonly EntryRef[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as EntryRef];

/** The entries of one build, with everything derived from them computed once. */
export interface Model<E extends Entry = Entry> {
  /** Every entry, collection by collection in the site's order, each collection by title. */
  all: readonly E[];
  /** `collection/id` → entry. */
  byKey: ReadonlyMap<string, E>;
  /** `collection/id` → who refers to it, from which field. */
  backlinks: ReadonlyMap<string, Backlink[]>;
  /** The entries of one collection, by title. */
  of<C extends CollectionName>(collection: C): readonly Extract<E, { collection: C }>[];
  /** The entry a reference names, if it is in the model. */
  get<C extends CollectionName>(ref: EntryRef<C>): Extract<E, { collection: C }> | undefined;
  /** The entries references name, leaving out any that are not in the model (e.g. drafts). */
  resolve<C extends CollectionName>(refs: readonly EntryRef<C>[] | EntryRef<C> | undefined): Extract<E, { collection: C }>[];
}

/** Builds the model of a list of entries; `keep` decides which of them are in it. */
export function buildModel<E extends Entry>(entries: readonly E[], keep: (entry: E) => boolean = () => true): Model<E> {
  type Of<C extends CollectionName> = Extract<E, { collection: C }>;
  const byCollection = new Map<CollectionName, E[]>(COLLECTIONS.keys.map((c) => [c, []]));
  for (const entry of entries) if (keep(entry)) byCollection.get(entry.collection)?.push(entry);
  for (const list of byCollection.values()) list.sort(byTitle);
  const all = [...byCollection.values()].flat();
  const byKey = new Map(all.map((e) => [keyOf(e), e]));
  const get = <C extends CollectionName>(ref: EntryRef<C>) => byKey.get(keyOf(ref)) as Of<C> | undefined;
  return {
    all,
    byKey,
    backlinks: buildBacklinks(all),
    of: <C extends CollectionName>(collection: C) => (byCollection.get(collection) ?? []) as Of<C>[],
    get,
    resolve: <C extends CollectionName>(refs: readonly EntryRef<C>[] | EntryRef<C> | undefined) =>
      refsIn(refs)
        .map((ref) => get(ref as EntryRef<C>))
        .filter((e): e is Of<C> => e !== undefined),
  };
}
