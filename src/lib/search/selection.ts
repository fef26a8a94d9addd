/**
 * Filter state shared by the catalogues and the search page, in the browser and at build time.
 * A selection maps a facet to the values the reader ticked. Rule: OR within a facet (any ticked
 * value matches), AND across facets (every facet with a selection must match).
 */

/** Ticked values per facet; a facet without ticks is absent. */
export type Selection = Record<string, string[]>;

/** The facet values one item carries (vocabulary keys or entry ids). */
export type FacetValues = Partial<Record<string, readonly string[]>>;

/** Reads a selection from URL parameters (`?tema=a&tema=b&region=c`), keeping only known facets. */
export function selectionFromParams(params: URLSearchParams, facets: readonly string[]): Selection {
  const selection: Selection = {};
  for (const facet of facets) {
    const values = [...new Set(params.getAll(facet).filter((v) => v !== ''))];
    if (values.length > 0) selection[facet] = values;
  }
  return selection;
}

/** Writes a selection into URL parameters in facet order, after the query (if any). */
export function selectionToParams(selection: Selection, facets: readonly string[], query = ''): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query.trim());
  for (const facet of facets) for (const value of selection[facet] ?? []) params.append(facet, value);
  return params;
}

/** True when nothing is ticked. */
export const isEmpty = (selection: Selection) => Object.values(selection).every((v) => v.length === 0);

/** The selection without one facet (for counting that facet's values). */
export function without(selection: Selection, facet: string): Selection {
  const rest = { ...selection };
  delete rest[facet];
  return rest;
}

/** Whether an item passes the selection: OR within a facet, AND across facets. */
export function matches(values: FacetValues, selection: Selection): boolean {
  return Object.entries(selection).every(
    ([facet, wanted]) => wanted.length === 0 || wanted.some((w) => values[facet]?.includes(w)),
  );
}

/**
 * Counts per facet value: how many items would be shown if that value were ticked too. For a
 * facet with ticks, its own ticks are left out of the count (OR within a facet), so a count never
 * drops to zero just because a sibling value is ticked.
 */
export function facetCounts(items: readonly FacetValues[], selection: Selection, facets: readonly string[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const facet of facets) {
    const others = without(selection, facet);
    const tally: Record<string, number> = {};
    for (const item of items) {
      if (!matches(item, others)) continue;
      for (const value of item[facet] ?? []) tally[value] = (tally[value] ?? 0) + 1;
    }
    counts[facet] = tally;
  }
  return counts;
}

/** The selection as Pagefind filters: `{ tema: { any: [...] } }` per facet, AND across facets. */
export function pagefindFilters(selection: Selection): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [facet, values] of Object.entries(selection)) if (values.length > 0) filters[facet] = { any: values };
  return filters;
}

/** Facet values as one attribute value: `tema:forebyggelse tema:kultur region:hovedstaden`. */
export function toTokens(values: FacetValues): string {
  return Object.entries(values).flatMap(([facet, keys]) => (keys ?? []).map((k) => `${facet}:${k}`)).join(' ');
}

/** The facet values written by `toTokens`. */
export function fromTokens(tokens: string): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const token of tokens.split(/\s+/)) {
    const at = token.indexOf(':');
    if (at > 0) (values[token.slice(0, at)] ??= []).push(token.slice(at + 1));
  }
  return values;
}
