/**
 * The site's search on Pagefind's JavaScript API: loads the index once, runs searches with
 * facet filters (OR within a facet, AND across facets), and shapes results for the UIs.
 */
import { pagefindFilters, without, type Selection } from '../../lib/search/selection';
import { danishLetters, FEW_RESULTS, queryWords, siteSpelling, suggestions as suggest, unknownWords, withoutFunctionWords } from '../../lib/search/spelling';
import { siteWords } from './site-words';
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

/**
 * Collections ranked lower than their text alone would place them. Sources (kilder) back up the
 * entries; a reader who types "hjerteforeningen" wants the organisation before the article about it.
 */
const DEMOTED: Record<string, number> = { kilder: 0.35 };

let filtersLoaded: Promise<unknown> | undefined;
let demotion: Promise<Map<string, number>> | undefined;

/** The pages of the demoted collections and their factors, found once per page load. */
function demoted(api: Pagefind): Promise<Map<string, number>> {
  demotion ??= (async () => {
    const factor = new Map<string, number>();
    for (const [collection, weight] of Object.entries(DEMOTED)) {
      for (const r of (await api.search(null, { filters: { samling: collection } })).results) factor.set(r.id, weight);
    }
    return factor;
  })();
  return demotion;
}

/**
 * A result with another score. The original stays referenced (through `data`): Pagefind's worker
 * frees a result's data when the original object is garbage-collected, and a copy would then load
 * nothing.
 */
const rescored = (result: PagefindResult, score: number): PagefindResult => ({ id: result.id, score, data: () => result.data() });

/** How much a match of a question without its little words counts against a match of all its words. */
const RELAXED_WEIGHT = 0.5;

/** A search's results with what the UI shows around them. */
export interface SearchOutcome extends PagefindResponse {
  /** Every spelling searched: the query as typed, with æ/ø/å for ae/oe/aa, respelled words. */
  searched: string[];
  /** Other queries that may be what the reader meant ("Mente du …?"), when the search found little. */
  suggestions: string[];
}

/** Several searches as one: each page once, with its best score; counts from the largest. */
function merge(responses: readonly PagefindResponse[]): PagefindResponse {
  const best = new Map<string, PagefindResult>();
  for (const r of responses.flatMap((response) => response.results)) {
    if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  }
  const largest = responses.reduce((a, b) => (b.results.length > a.results.length ? b : a));
  return { ...largest, results: [...best.values()] };
}

/**
 * A search (or, with an empty query, a browse by filters): results, best first. Words the site
 * does not have are also searched as the site spells them (`boerneattest`, `borneattest` →
 * `børneattest`); a question is also searched without its little words (`hvem er`); and when
 * words are not on the site or the search finds little (under FEW_RESULTS), near site words are
 * suggested.
 * With `counts`, the filter index is loaded first (once), so the response carries counts per
 * filter value; the header search does without and fetches less.
 */
export async function search(query: string, selection: Selection = {}, { counts = false } = {}): Promise<SearchOutcome> {
  const api = await pagefind();
  if (counts) await (filtersLoaded ??= api.filters());
  const term = query.trim() === '' ? null : query.trim();
  const options = { filters: pagefindFilters(selection) };
  if (term === null) return { ...(await api.search(null, options)), searched: [], suggestions: [] };
  const [typed, words] = await Promise.all([api.search(term, options), siteWords(term, danishLetters(term) ?? '')]);
  const searched = [term];
  const responses = [typed];
  const also = async (variant: string | null, weight = 1) => {
    if (variant === null || searched.includes(variant)) return;
    searched.push(variant);
    const response = await api.search(variant, options);
    responses.push({ ...response, results: response.results.map((r) => rescored(r, r.score * weight)) });
  };
  // Without the word list (not built, or offline), ae/oe/aa are still searched as æ/ø/å.
  const spelled = words ? siteSpelling(term, words) : danishLetters(term);
  await also(spelled === queryWords(term).join(' ') ? null : spelled);
  // Respelled words are not on the site, so what the query as typed found came from Pagefind
  // trying shorter words (`kraeft…` → `kra…`): the site's spelling replaces it when it finds anything.
  if (responses.length > 1 && (responses[1]?.results.length ?? 0) > 0) responses.shift();
  const best = searched.at(-1) as string;
  // A question's little words need not all be on the page the reader wants; pages with all the
  // words typed still come first.
  await also(withoutFunctionWords(best), RELAXED_WEIGHT);
  const thin = merge(responses).results.length < FEW_RESULTS;
  const suggestions = words && (thin || unknownWords(best, words).length > 0) ? suggest(best, words).filter((s) => !searched.includes(s)) : [];
  const factor = await demoted(api);
  const response = merge(responses);
  const results = response.results
    .map((r) => ({ result: r, score: r.score * (factor.get(r.id) ?? 1) }))
    .sort((a, b) => b.score - a.score)
    .map(({ result, score }) => rescored(result, score));
  return { ...response, results, searched, suggestions };
}

/** The words to highlight on a result's page: those of every spelling searched. */
export const highlightTerms = (outcome: SearchOutcome) => [...new Set(outcome.searched.flatMap(queryWords))];

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
