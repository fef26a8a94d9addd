import { COLLECTION_DEFINITIONS, type CollectionName } from '../../schemas/index.ts';
import { toIsoDay } from '../dates.ts';
import type { EntryRef } from '../../schemas/shared/reference.ts';
import type { Vocab } from '../../schemas/shared/vocab.ts';
import { stableId } from './ids.ts';

/** A parsed entry as both Astro and the Node scripts have it (references as `{ id, collection }`). */
export interface DataEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
}

/** What the record builders look things up in: the published entries and the site's address. */
export interface DataContext {
  /** Published entries only, by `collection/id`. Drafts are never in it, so never exported. */
  byKey: Map<string, DataEntry>;
  /** Absolute address of the site, e.g. `https://vidensbasen.example/`. */
  site: string;
}

export const keyOf = (ref: EntryRef) => `${ref.collection}/${ref.id}`;

/** Builds the context from any list of entries, keeping the published ones. */
export function dataContext(entries: readonly DataEntry[], site: string): DataContext {
  const published = entries.filter((e) => e.data['status'] === 'publiceret');
  return { byKey: new Map(published.map((e) => [keyOf(e), e])), site };
}

/** The published entries of one collection, in id order (stable across builds). */
export function publishedOf(ctx: DataContext, collection: CollectionName): DataEntry[] {
  return [...ctx.byKey.values()].filter((e) => e.collection === collection).sort((a, b) => a.id.localeCompare(b.id));
}

/** The entry's display name (titel, navn or term). */
export const nameOf = (entry: DataEntry) => String(entry.data[COLLECTION_DEFINITIONS[entry.collection].titleField] ?? '');

/** Absolute URL of a path on the site. */
export const absolute = (ctx: DataContext, path: string) => new URL(path, ctx.site).href;

/** Absolute URL of an entry's page. */
export const pageUrl = (ctx: DataContext, ref: EntryRef) => absolute(ctx, `/${ref.collection}/${ref.id}/`);

/** A vocabulary value as `{ kode, navn }`. */
export const kode = (vocab: Vocab<string>, key: unknown) => ({ kode: String(key), navn: vocab.label(String(key)) });

/** A list field of vocabulary values as `{ kode, navn }[]`. */
export const koder = (vocab: Vocab<string>, keys: unknown) => ((keys as string[] | undefined) ?? []).map((k) => kode(vocab, k));

/** References as list, whether the field holds one, many or none. */
export const refsIn = (value: unknown): EntryRef[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]) as EntryRef[];

/** Resolved references to published entries; references to anything else are left out. */
export function henvisninger(ctx: DataContext, value: unknown) {
  return refsIn(value)
    .map((ref) => ctx.byKey.get(keyOf(ref)))
    .filter((e): e is DataEntry => e !== undefined)
    .map((e) => ({ id: stableId(keyOf(e)), slug: keyOf(e), navn: nameOf(e) }));
}

/** The fields every record carries about its entry: slug, page, review dates, reservations, sources. */
export function postFields(ctx: DataContext, entry: DataEntry) {
  const d = entry.data;
  const kilder = refsIn(d['kilder'])
    .map((ref) => ctx.byKey.get(keyOf(ref))?.data)
    .filter((k): k is Record<string, unknown> => k !== undefined)
    .map((k) => ({ titel: String(k['titel']), udgiver: String(k['udgiver']), aar: Number(k['aar']), ...(k['url'] ? { url: String(k['url']) } : {}) }));
  return {
    slug: keyOf(entry),
    url: pageUrl(ctx, entry),
    sidst_gennemgaaet: toIsoDay(d['sidstGennemgaaet'] as Date),
    naeste_gennemgang: toIsoDay(d['naesteGennemgang'] as Date),
    forbehold: (d['forbehold'] as string[] | undefined) ?? [],
    kilder,
  };
}
