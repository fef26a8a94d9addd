import type { Vocab } from '../schemas/shared/vocab.ts';
import type { EntryRef } from '../schemas/shared/reference.ts';
import type { Daekning } from '../schemas/shared/daekning.ts';
import { omraadePaths } from './listing.ts';
import { slugify } from './slug.ts';
import {
  DAEKNING, EKSEMPEL_STATUS, ENHEDSTYPER, GAELDER_FOR, KILDE_TYPER, LAESERE, MAALGRUPPER, MAALGRUPPER_VEJLEDNING,
  ORGANISATIONSTYPER, RAMME_ARTER, REGIONER, SAMARBEJDSMODELLER, SITUATIONER, TEMAER,
} from '../schemas/shared/vocabularies.ts';
import type { CollectionName, EntryData } from '../schemas/index.ts';
import { siteModel } from './entries.ts';
import { facetUrl, type FacetName } from './facets.ts';
import { entryUrl, titleOf, type Entry, type Model } from './model.ts';

/** One value in a fact row: text, optionally a link. */
export interface FactItem {
  text: string;
  href?: string | undefined;
  external?: boolean;
}

/** A labelled row in an entry's fact box. */
export interface FactRow {
  label: string;
  items: FactItem[];
}

/** One row of an entry's fact box, read from the entry's typed data (references resolved in the model). */
type Row<D> = (data: D, collection: CollectionName, model: Model) => FactRow;

type Values<K extends string> = K | readonly K[] | undefined;

/** A vocabulary field: each value becomes a link to the catalogue filtered by it, where one exists. */
const vocab =
  <D, K extends string>(label: string, v: Vocab<K>, valuesOf: (data: D) => Values<K>, facetOf?: FacetName): Row<D> =>
  (data, collection) => {
    const raw = valuesOf(data);
    const values: readonly K[] = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
    return { label, items: values.map((key) => ({ text: v.label(key), href: facetOf ? facetUrl(collection, facetOf, key) : undefined })) };
  };

/** A reference field: each target becomes a link to its page (unpublished targets are left out). */
const refs =
  <D>(label: string, refsOf: (data: D) => readonly EntryRef[] | EntryRef | undefined): Row<D> =>
  (data, _collection, model) => ({ label, items: model.resolve(refsOf(data)).map((e) => ({ text: titleOf(e), href: entryUrl(e) })) });

const plain =
  <D>(label: string, valueOf: (data: D) => string | number | undefined): Row<D> =>
  (data) => {
    const value = valueOf(data);
    return { label, items: value === undefined ? [] : [{ text: String(value) }] };
  };

const link =
  <D>(label: string, urlOf: (data: D) => string | undefined): Row<D> =>
  (data) => {
    const url = urlOf(data);
    return { label, items: url === undefined ? [] : [{ text: new URL(url).hostname.replace(/^www\./, ''), href: url, external: true }] };
  };

/**
 * The coverage (`daekning`): the kind, or each kommune linking to the offers that can be used
 * there; what the coverage rests on; and "Ukendt" when the field is absent, so unknown shows as such.
 */
const daekning =
  <D extends { daekning?: Daekning | undefined }>(): Row<D> =>
  (data) => {
    const d = data.daekning;
    const kinds: FactItem[] = d?.omfang === 'kommuner'
      ? (d.kommuner ?? []).map((k) => ({ text: k, href: omraadePaths(slugify(k)).page }))
      : [{ text: DAEKNING.label(d?.omfang ?? 'ukendt') }];
    return { label: 'Dækning', items: [...kinds, ...(d?.grundlag ? [{ text: `Grundlag: ${d.grundlag}` }] : [])] };
  };

/** Which facts each collection shows, in order. Field labels are written here once. */
const FACTS: { [C in CollectionName]: Row<EntryData[C]>[] } = {
  eksempler: [
    vocab('Region', REGIONER, (d) => d.region), refs('Regionale enheder', (d) => d.enheder), refs('Organisationer', (d) => d.organisationer),
    refs('Strategiske pejlemærker', (d) => d.pejlemaerker), vocab('Målgrupper', MAALGRUPPER, (d) => d.maalgrupper, 'maalgruppe'),
    vocab('Temaer', TEMAER, (d) => d.temaer, 'tema'), vocab('Model', SAMARBEJDSMODELLER, (d) => d.model),
    vocab('Status', EKSEMPEL_STATUS, (d) => d.samarbejdsstatus, 'status'), plain('Periode', (d) => d.periode), refs('Sundhedsråd', (d) => d.sundhedsraad),
    daekning(),
  ],
  organisationer: [
    vocab('Type', ORGANISATIONSTYPER, (d) => d.type, 'type'), link('Hjemmeside', (d) => d.hjemmeside), vocab('Arbejder i', REGIONER, (d) => d.omraader),
    vocab('Målgrupper', MAALGRUPPER, (d) => d.maalgrupper, 'maalgruppe'), vocab('Temaer', TEMAER, (d) => d.temaer, 'tema'), plain('CVR-nummer', (d) => d.cvr), daekning(),
  ],
  tilbud: [
    refs('Organisation', (d) => d.organisation), vocab('Målgrupper', MAALGRUPPER, (d) => d.maalgrupper, 'maalgruppe'),
    vocab('Temaer', TEMAER, (d) => d.temaer, 'tema'), plain('Hvor', (d) => d.hvor), daekning(), plain('Sådan henviser du', (d) => d.henvisning),
    plain('Pris', (d) => d.pris), link('Læs om tilbuddet', (d) => d.url),
  ],
  rammer: [
    vocab('Art', RAMME_ARTER, (d) => d.art), vocab('Gælder for', GAELDER_FOR, (d) => d.gaelderFor), vocab('Relevant for', LAESERE, (d) => d.laesere),
    vocab('Situationer', SITUATIONER, (d) => d.situationer),
  ],
  enheder: [vocab('Type', ENHEDSTYPER, (d) => d.type), vocab('Region', REGIONER, (d) => d.region), refs('Sundhedsråd', (d) => d.sundhedsraad), link('Hjemmeside', (d) => d.hjemmeside), daekning()],
  sundhedsraad: [vocab('Region', REGIONER, (d) => d.region)],
  vejledninger: [vocab('Til', MAALGRUPPER_VEJLEDNING, (d) => d.maalgrupper), vocab('Temaer', TEMAER, (d) => d.temaer)],
  kilder: [vocab('Type', KILDE_TYPER, (d) => d.type), plain('Udgiver', (d) => d.udgiver), plain('År', (d) => d.aar), plain('Status', (d) => d.retsstatus), link('Læs kilden', (d) => d.url)],
  ordliste: [plain('Engelsk', (d) => d.engelsk)],
  pejlemaerker: [plain('Nummer', (d) => d.nummer)],
  strategi: [],
};

/** The fact rows of one collection's entry data. */
function rowsOf<C extends CollectionName>(collection: C, data: EntryData[C], model: Model): FactRow[] {
  const rows: Row<EntryData[C]>[] = FACTS[collection];
  return rows.map((row) => row(data, collection, model));
}

/** The non-empty fact rows of an entry. */
export async function factsOf(entry: Entry): Promise<FactRow[]> {
  const model = await siteModel();
  return rowsOf(entry.collection, entry.data, model).filter((row) => row.items.length > 0);
}

