import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { buildModel, isPublished, type Model } from './model.ts';

/** An entry as Astro loads it: the typed entry of `model.ts` plus its body, to render. */
export type SiteEntry<C extends CollectionName = CollectionName> = CollectionEntry<C>;

let loaded: Promise<SiteEntry[]> | undefined;

/**
 * Every entry in the content folders, drafts included, loaded once per build. Only the editors'
 * pages (/redaktion/, the field reference) read this; everything readers see reads `siteModel()`.
 */
export function allEntries(): Promise<SiteEntry[]> {
  loaded ??= Promise.all(COLLECTIONS.keys.map((c) => getCollection(c))).then((lists) => lists.flat());
  return loaded;
}

/** Drafts are built by `npm run dev` only; the published site holds `status: publiceret`. */
const isBuilt = (entry: SiteEntry) => import.meta.env.DEV || isPublished(entry);

let model: Promise<Model<SiteEntry>> | undefined;

/**
 * The entries this build shows, computed once per build: by collection, by key, with their
 * backlinks. Pages, components, the search index and the exports all read this model.
 */
export function siteModel(): Promise<Model<SiteEntry>> {
  model ??= allEntries().then((entries) => buildModel(entries, isBuilt));
  return model;
}
