/**
 * The site's search on Pagefind's JavaScript API (pagefind-api.ts): runs searches with facet
 * filters (OR within a facet, AND across facets), questions and respellings, and ranks answers first;
 * hits.ts shapes the results for the UIs.
 */
import { pagefindFilters, without, type Selection } from '../../lib/search/selection';
import { danishLetters, FEW_RESULTS, fragmentWords, queryWords, siteSpelling, suggestions as suggest, unknownWords } from '../../lib/search/spelling';
import { isQuoted, question, wholeSentence } from '../../lib/search/question';
import { PAGE_KIND } from '../../lib/search/readers';
import { siteWords } from './site-words';
import { pagefind, type Counts, type Pagefind, type PagefindResponse, type PagefindResult, type PagefindSearchOptions } from './pagefind-api';

/**
 * Ranking by kind of page, beside what the text alone says. Sources (kilder) back up the entries (a
 * reader who types "hjerteforeningen" wants the organisation before the article about it); list
 * pages only link to the answers, and pages about the site itself rarely are one (PAGE_KIND).
 */
const RANK_FACTORS: { filter: Record<string, string>; factor: number }[] = [
  { filter: { samling: 'kilder' }, factor: 0.35 },
  { filter: { [PAGE_KIND]: 'oversigt' }, factor: 0.2 },
  { filter: { [PAGE_KIND]: 'om-stedet' }, factor: 0.5 },
];

/**
 * Frameworks and guides answer questions: one whose title or summary has a word of the query comes
 * before the examples, sources and lists that mention the same words.
 */
const ANSWER_COLLECTIONS = ['rammer', 'vejledninger'] as const;
const ANSWER_FIELDS = new Set(['title', 'summary']);
const ANSWER_FACTOR = 1.5;
/** The same for a question, which asks for an answer rather than for a name. */
const QUESTION_ANSWER_FACTOR = 2;
/** A page with every word of a question, the little words too. */
const WHOLE_FACTOR = 1.5;

let filtersLoaded: Promise<unknown> | undefined;
let ranking: Promise<{ factor: Map<string, number>; answers: Set<string>; pageCount: number }> | undefined;

/** The pages ranked down and their factors, the frameworks and guides, and how many pages there are, found once per page load. */
function pageRanks(api: Pagefind): Promise<{ factor: Map<string, number>; answers: Set<string>; pageCount: number }> {
  ranking ??= (async () => {
    const factor = new Map<string, number>();
    for (const { filter, factor: f } of RANK_FACTORS) {
      for (const r of (await api.search(null, { filters: filter })).results) factor.set(r.id, f);
    }
    const answers = new Set((await api.search(null, { filters: { samling: { any: [...ANSWER_COLLECTIONS] } } })).results.map((r) => r.id));
    const pageCount = (await api.search(null)).results.length;
    return { factor, answers, pageCount };
  })();
  return ranking;
}

/**
 * A result with another score. The original stays referenced (through `data`): Pagefind's worker
 * frees a result's data when the original object is garbage-collected, and a copy would then load
 * nothing.
 */
const rescored = (result: PagefindResult, score: number): PagefindResult => ({
  id: result.id,
  score,
  data: () => result.data(),
  ...(result.matchedMetaFields ? { matchedMetaFields: result.matchedMetaFields } : {}),
});

/** A search's results with what the UI shows around them. */
export interface SearchOutcome extends PagefindResponse {
  /** Every spelling searched: the query as typed, with æ/ø/å for ae/oe/aa, respelled words. */
  searched: string[];
  /** Other queries that may be what the reader meant ("Mente du …?"), when the search found little. */
  suggestions: string[];
  /** For a question: the words searched ("frivillig skade betaler") and the whole sentence quoted, to search it as typed. */
  question?: { kept: string; whole: string } | undefined;
  /** Words the site does not have, which found nothing rather than fragments of other words. */
  unknown: string[];
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

/** Sentences up to this many words (once the little words are dropped) are also searched word by word. */
const MAX_RELAXED = 8;

/**
 * A sentence searched word by word: a page's score is the sum of its scores for the words it has,
 * times the square of the share of the words it has (each word weighed by how few pages have it),
 * so a page with all of them comes first and a page with one word cannot outrank one with most. Pages the whole query found (`all`)
 * keep their best score if that is higher.
 */
async function anyWords(api: Pagefind, words: readonly string[], options: PagefindSearchOptions, all: readonly PagefindResponse[]): Promise<PagefindResponse> {
  const [each, { pageCount }] = await Promise.all([Promise.all(words.map((w) => api.search(w, options))), pageRanks(api)]);
  // A word on few pages says more than a word on many ("laver" against "civilsamfundskoordinator").
  const weight = each.map((r) => Math.log(1 + pageCount / Math.max(r.unfilteredResultCount, 1)));
  const total = weight.reduce((a, b) => a + b, 0);
  const pages = new Map<string, { result: PagefindResult; sum: number; covered: number; fields: Set<string> }>();
  each.forEach((response, i) => {
    for (const r of response.results) {
      const page = pages.get(r.id) ?? { result: r, sum: 0, covered: 0, fields: new Set<string>() };
      page.sum += r.score;
      page.covered += weight[i] as number;
      for (const f of r.matchedMetaFields ?? []) page.fields.add(f);
      pages.set(r.id, page);
    }
  });
  // Filter counts from the word that found most (Pagefind counts one search at a time).
  const widest = each.reduce((a, b) => (b.results.length > a.results.length ? b : a));
  const combined: PagefindResponse = {
    ...widest,
    results: [...pages.values()].map(({ result, sum, covered, fields }) => ({ ...rescored(result, sum * (covered / total) ** 2), matchedMetaFields: [...fields] })),
  };
  return merge([...all, combined]);
}

/** A response with no results: every filter value counted 0. */
const nothing = (response: PagefindResponse): PagefindResponse => ({
  ...response,
  results: [],
  filters: Object.fromEntries(Object.entries(response.filters).map(([facet, values]) => [facet, Object.fromEntries(Object.keys(values).map((v) => [v, 0]))])),
});

/**
 * A search (or, with an empty query, a browse by filters): results, best first. A question is
 * searched without its stop words and question words (`hvem betaler, hvis en frivillig kommer til
 * skade` → `betaler frivillig skade`), unless it is quoted or has nothing else. Words the site
 * does not have are also searched as the site spells them (`boerneattest`, `borneattest` →
 * `børneattest`); a word the site has neither as typed nor as the start of a word (`Roskilde`)
 * finds nothing, instead of what Pagefind finds for a fragment of it (`ro`); and when words are
 * not on the site or the search finds little (under FEW_RESULTS), near site words are suggested.
 * With `counts`, the filter index is loaded first (once), so the response carries counts per
 * filter value; the header search does without and fetches less.
 */
export async function search(query: string, selection: Selection = {}, { counts = false } = {}): Promise<SearchOutcome> {
  const api = await pagefind();
  if (counts) await (filtersLoaded ??= api.filters());
  const typedQuery = query.trim();
  const options = { filters: pagefindFilters(selection) };
  if (typedQuery === '') return { ...(await api.search(null, options)), searched: [], suggestions: [], unknown: [] };
  const asked = question(typedQuery);
  const term = asked?.kept ?? typedQuery;
  const quoted = isQuoted(term);
  // A page with every word of the question, the little ones too, may say the answer in so many words
  // ("Det må regionen – og det må den ikke"): searched at once, beside the rest, and used unless a
  // word turns out not to be on the site.
  const wholeSearch = asked ? api.search(typedQuery, options) : undefined;
  const [typed, words] = await Promise.all([api.search(term, options), siteWords(term, danishLetters(term) ?? '')]);
  const searched = [term];
  const responses = [typed];
  const also = async (variant: string | null) => {
    if (variant === null || searched.includes(variant)) return;
    searched.push(variant);
    responses.push(await api.search(variant, options));
  };
  if (!quoted) {
    // Without the word list (not built, or offline), ae/oe/aa are still searched as æ/ø/å.
    const spelled = words ? siteSpelling(term, words) : danishLetters(term);
    await also(spelled === queryWords(term).join(' ') ? null : spelled);
    // Respelled words are not on the site, so what the query as typed found came from Pagefind
    // trying shorter words (`kraeft…` → `kra…`): the site's spelling replaces it when it finds anything.
    if (responses.length > 1 && (responses[1]?.results.length ?? 0) > 0) responses.shift();
  }
  const best = searched.at(-1) as string;
  const unknown = words ? fragmentWords(best, words) : [];
  // A question, or a sentence whose words are on the site but not all on one page: each word is
  // searched alone, and a page scores by the words it has, the more of them the better.
  const kept = queryWords(best);
  const relax = unknown.length === 0 && !quoted && kept.length > 1 && kept.length <= MAX_RELAXED && (asked !== null || merge(responses).results.length < FEW_RESULTS);
  const [wholeFound, found] = await Promise.all([wholeSearch, unknown.length > 0 ? nothing(typed) : relax ? anyWords(api, kept, options, responses) : merge(responses)]);
  const whole = new Set(unknown.length === 0 ? (wholeFound?.results ?? []).map((r) => r.id) : []);
  const thin = found.results.length < FEW_RESULTS;
  let suggestions = words && (thin || unknownWords(best, words).length > 0) ? suggest(best, words).filter((s) => !searched.includes(s)) : [];
  // No near word for what the site does not have: the rest of the query is worth a try.
  const rest = queryWords(best).filter((w) => !unknown.includes(w)).join(' ');
  if (unknown.length > 0 && suggestions.length === 0 && rest !== '') suggestions = [rest];
  const { factor, answers } = await pageRanks(api);
  const answering = (r: PagefindResult) => answers.has(r.id) && (r.matchedMetaFields ?? []).some((f) => ANSWER_FIELDS.has(f));
  const results = found.results
    .map((r) => ({ result: r, score: r.score * (factor.get(r.id) ?? 1) * (answering(r) ? (asked ? QUESTION_ANSWER_FACTOR : ANSWER_FACTOR) : 1) * (whole.has(r.id) ? WHOLE_FACTOR : 1) }))
    .sort((a, b) => b.score - a.score)
    .map(({ result, score }) => rescored(result, score));
  return { ...found, results, searched, suggestions, unknown, question: asked ? { kept: term, whole: wholeSentence(typedQuery) } : undefined };
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
