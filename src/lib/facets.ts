import { COLLECTIONS, type CollectionName } from '../schemas/shared/collections.ts';
import type { Vocab } from '../schemas/shared/vocab.ts';
import { toTokens } from './search/selection.ts';
import { EKSEMPEL_STATUS, MAALGRUPPER, ORGANISATIONSTYPER, REGIONER, TEMAER } from '../schemas/shared/vocabularies.ts';

/**
 * The facets readers filter by, in the order the filter panels show them. A facet's values come
 * from a controlled vocabulary (keys and Danish labels) or from the entries of a collection
 * (ids and titles); the name is also the URL parameter: `/eksempler/?tema=forebyggelse`.
 */
export const FACET_SOURCES = {
  samling: { vocab: COLLECTIONS },
  pejlemaerke: { collection: 'pejlemaerker' },
  maalgruppe: { vocab: MAALGRUPPER },
  tema: { vocab: TEMAER },
  type: { vocab: ORGANISATIONSTYPER },
  sundhedsraad: { collection: 'sundhedsraad' },
  region: { vocab: REGIONER },
  status: { vocab: EKSEMPEL_STATUS },
} as const satisfies Record<string, { vocab: Vocab<string> } | { collection: CollectionName }>;

/** The name of a facet (and its URL parameter). */
export type FacetName = keyof typeof FACET_SOURCES;

/** Every facet name, in panel order. */
export const FACET_NAMES = Object.keys(FACET_SOURCES) as FacetName[];

type FieldMap = Partial<Record<FacetName, string>>;

/**
 * The catalogues that can be browsed by facets, with the frontmatter field behind each facet.
 * The catalogues' filter panels are built on this; pages link facet values to the filtered catalogue.
 */
export const FACETS: Record<string, FieldMap> = {
  eksempler: { pejlemaerke: 'pejlemaerker', maalgruppe: 'maalgrupper', tema: 'temaer', status: 'samarbejdsstatus', region: 'region', sundhedsraad: 'sundhedsraad' },
  organisationer: { type: 'type', maalgruppe: 'maalgrupper', tema: 'temaer', region: 'omraader' },
  tilbud: { maalgruppe: 'maalgrupper', tema: 'temaer' },
};

/** The search index's filters per collection: the catalogue facets plus those of other collections. */
export const SEARCH_FACETS: Partial<Record<CollectionName, FieldMap>> = {
  ...FACETS,
  vejledninger: { tema: 'temaer' },
  sundhedsraad: { region: 'region' },
  enheder: { region: 'region', sundhedsraad: 'sundhedsraad' },
};

/** The catalogue URL filtered by one facet value, e.g. `/eksempler/?tema=forebyggelse`. */
export function facetUrl(collection: string, facet: string, value: string): string | undefined {
  return FACETS[collection]?.[facet as FacetName] ? `/${collection}/?${facet}=${encodeURIComponent(value)}` : undefined;
}

/** The facet values an entry carries: vocabulary keys or referenced entry ids, per facet. */
export function facetValuesOf(collection: CollectionName, data: object, facets = SEARCH_FACETS[collection] ?? {}): Partial<Record<FacetName, string[]>> {
  const values: Partial<Record<FacetName, string[]>> = {};
  for (const [facet, field] of Object.entries(facets) as [FacetName, string][]) {
    // The field is named by the table above; the search index also reads raw frontmatter with it.
    const raw = (data as Record<string, unknown>)[field];
    const list = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]) as unknown[];
    // References are objects { collection, id }; vocabulary values are plain keys.
    const keys = list.map((v) => (typeof v === 'object' && v !== null && 'id' in v ? String(v.id) : String(v)));
    if (keys.length > 0) values[facet] = [...new Set(keys)];
  }
  return values;
}

/** A catalogue entry's facet values as `facet:key` tokens for its card, or undefined outside the catalogues. */
export function katalogTokens(collection: CollectionName, data: object): string | undefined {
  const fields = FACETS[collection];
  return fields ? toTokens(facetValuesOf(collection, data, fields)) : undefined;
}
