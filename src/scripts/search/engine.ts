/**
 * The site's search on Pagefind's JavaScript API: loads the index once, runs searches with
 * facet filters (OR within a facet, AND across facets), and shapes results for the UIs.
 */
import { pagefindFilters, without, type Selection } from '../../lib/search/selection';
import { UI } from '../../lib/ui';

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
}
type Counts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Counts;
}
interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
}
interface Pagefind {
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
 * glossary synonyms once; the type ("Eksempel") would otherwise lift a whole collection.
 */
const RANKING = { metaWeights: { title: 5, summary: 2, soegeord: 1, type: 0 } };

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

/**
 * Collections ranked lower than their text alone would place them. Sources (kilder) back up the
 * entries; a reader who types "hjerteforeningen" wants the organisation before the article about it.
 */
const DEMOTED: Record<string, number> = { kilder: 0.35 };

let filtersLoaded: Promise<unknown> | undefined;

/**
 * A search (or, with an empty query, a browse by filters): results, best first. With `counts`,
 * the filter index is loaded first (once), so the response carries counts per filter value; the
 * header search does without and fetches less.
 */
export async function search(query: string, selection: Selection = {}, { counts = false } = {}): Promise<PagefindResponse> {
  const api = await pagefind();
  if (counts) await (filtersLoaded ??= api.filters());
  const term = query.trim() === '' ? null : query.trim();
  const response = await api.search(term, { filters: pagefindFilters(selection) });
  if (term === null) return response;
  // Which results belong to a demoted collection: the same query filtered to that collection.
  const factor = new Map<string, number>();
  for (const [collection, weight] of Object.entries(DEMOTED)) {
    for (const r of (await api.search(term, { filters: { samling: collection } })).results) factor.set(r.id, weight);
  }
  const results = response.results
    .map((r) => ({ result: r, score: r.score * (factor.get(r.id) ?? 1) }))
    .sort((a, b) => b.score - a.score)
    .map(({ result, score }) => Object.assign(result, { score }));
  return { ...response, results };
}

/**
 * Counts per facet value for the filter panel: for a facet with ticks, the count is taken from a
 * search without that facet's own ticks, so it says what ticking one more value (OR) would add.
 */
export async function countsFor(query: string, selection: Selection, facets: readonly string[], current: PagefindResponse): Promise<Counts> {
  const counts: Counts = {};
  await Promise.all(
    facets.map(async (facet) => {
      const response = selection[facet]?.length ? await search(query, without(selection, facet), { counts: true }) : current;
      counts[facet] = response.filters[facet] ?? {};
    }),
  );
  return counts;
}

/** Headings every entry page has (facts, sources …): a match there is not a section worth showing. */
const PAGE_PARTS = new Set<string>([UI.toc, ...Object.values(UI.entry)]);

/** A section of a long page that matches (a sub-result under a heading). */
export interface Section {
  url: string;
  title: string;
  excerpt: string;
}

/** A result ready to show. `excerpt` is Pagefind's HTML: entities escaped, matches in `<mark>`. */
export interface Hit {
  url: string;
  title: string;
  type: string;
  excerpt: string;
  sections: Section[];
}

/** Loads the data of some results and shapes them; sections only for headings, at most `maxSections`. */
export async function hits(results: readonly PagefindResult[], maxSections = 3): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta['title'] ?? d.url,
    type: d.meta['type'] ?? '',
    excerpt: d.excerpt,
    sections: (d.sub_results ?? [])
      .filter((s) => s.anchor && /^h[2-4]$/.test(s.anchor.element) && !PAGE_PARTS.has(s.title))
      .slice(0, maxSections)
      .map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt })),
  }));
}
