/**
 * Pagefind's JavaScript API as the site uses it: its types, the index loaded once with the site's
 * ranking, and preloading what the reader types. What a search does with it is in engine.ts.
 */
interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}
/** One search result before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
  /** The metadata fields (title, summary …) a word of the query matched. */
  matchedMetaFields?: string[];
}
export type Counts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Counts;
}
export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  preload(query: string, options?: PagefindSearchOptions): Promise<void>;
  search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
}

/** Thrown when the index is missing (e.g. under `npm run dev` before any build). */
export class SearchUnavailable extends Error {}

/**
 * Ranking: a title match counts five times (Pagefind's default), the one-line summary twice, the
 * glossary synonyms and the parts of the page's compound words (`dele`, added by the indexer) once;
 * the type ("Eksempel") would otherwise lift a whole collection.
 */
const RANKING = { metaWeights: { title: 5, summary: 2, soegeord: 1, dele: 1, type: 0 } };

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind and its filter index once; later calls share the same instance. */
export function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    let api: Pagefind;
    try {
      api = (await import(/* @vite-ignore */ url)) as Pagefind;
    } catch (error) {
      loading = undefined;
      throw new SearchUnavailable(String(error));
    }
    await api.options({ excerptLength: 22, ranking: RANKING });
    await api.init();
    return api;
  })();
  return loading;
}

/** Starts fetching the index chunks for what the reader is typing. */
export async function preload(query: string): Promise<void> {
  if (query.trim().length > 1) await (await pagefind()).preload(query.trim());
}
