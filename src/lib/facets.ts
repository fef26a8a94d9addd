/**
 * The catalogue facets: which vocabulary fields of which collection can be filtered. The search
 * issue builds the filtering UI on this; pages link facet values to the filtered catalogue.
 */
export const FACETS: Record<string, Record<string, string>> = {
  eksempler: { maalgruppe: 'maalgrupper', tema: 'temaer', status: 'samarbejdsstatus', region: 'region' },
  organisationer: { type: 'type', maalgruppe: 'maalgrupper', tema: 'temaer', region: 'omraader' },
  tilbud: { maalgruppe: 'maalgrupper', tema: 'temaer' },
};

/** The catalogue URL filtered by one facet value, e.g. `/eksempler/?tema=forebyggelse`. */
export function facetUrl(collection: string, facet: string, value: string): string | undefined {
  return FACETS[collection]?.[facet] ? `/${collection}/?${facet}=${encodeURIComponent(value)}` : undefined;
}
