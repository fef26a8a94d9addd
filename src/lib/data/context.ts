import type { CollectionName } from '../../schemas/index.ts';
import type { EntryRef } from '../../schemas/shared/reference.ts';
import type { Vocab } from '../../schemas/shared/vocab.ts';
import { toIsoDay } from '../dates.ts';
import { buildModel, entryUrl, isPublished, keyOf, titleOf, type Entry, type Model } from '../model.ts';
import { stableId } from './ids.ts';

/** What the record builders look things up in: the published entries and the site's address. */
export interface DataContext {
  /** Published entries only. Drafts are never in it, so never exported. */
  model: Model;
  /** Absolute address of the site, e.g. `https://vidensbasen.example/`. */
  site: string;
}

/** Builds the context from any list of entries, keeping the published ones. */
export function dataContext(entries: readonly Entry[], site: string): DataContext {
  return { model: buildModel(entries, isPublished), site };
}

/** The published entries of one collection, in id order (stable across builds). */
export function publishedOf<C extends CollectionName>(ctx: DataContext, collection: C): Entry<C>[] {
  return [...ctx.model.of(collection)].sort((a, b) => a.id.localeCompare(b.id));
}

/** Absolute URL of a path on the site. */
export const absolute = (ctx: DataContext, path: string) => new URL(path, ctx.site).href;

/** Absolute URL of an entry's page. */
export const pageUrl = (ctx: DataContext, ref: EntryRef) => absolute(ctx, entryUrl(ref));

/** A vocabulary value as `{ kode, navn }`. */
export const kode = <K extends string>(vocab: Vocab<K>, key: K) => ({ kode: key, navn: vocab.label(key) });

/** A list field of vocabulary values as `{ kode, navn }[]`. */
export const koder = <K extends string>(vocab: Vocab<K>, keys: readonly K[] | undefined) => (keys ?? []).map((k) => kode(vocab, k));

/** Resolved references to published entries; references to anything else are left out. */
export function henvisninger(ctx: DataContext, refs: readonly EntryRef[] | EntryRef | undefined) {
  return ctx.model.resolve(refs).map((e) => ({ id: stableId(keyOf(e)), slug: keyOf(e), navn: titleOf(e) }));
}

/** The fields every record carries about its entry: slug, page, review dates, reservations, sources. */
export function postFelter(ctx: DataContext, entry: Entry) {
  const kilder = ctx.model
    .resolve('kilder' in entry.data ? entry.data.kilder : undefined)
    .map(({ data: k }) => ({ titel: k.titel, udgiver: k.udgiver, aar: k.aar, ...(k.url ? { url: k.url } : {}) }));
  return {
    slug: keyOf(entry),
    url: pageUrl(ctx, entry),
    sidst_gennemgaaet: toIsoDay(entry.data.sidstGennemgaaet),
    naeste_gennemgang: toIsoDay(entry.data.naesteGennemgang),
    forbehold: entry.data.forbehold ?? [],
    kilder,
  };
}
