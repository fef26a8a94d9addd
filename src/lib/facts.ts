import type { Vocab } from '../schemas/shared/vocab.ts';
import type { EntryRef } from '../schemas/shared/reference.ts';
import { formatDanishDate } from './dates.ts';
import {
  EKSEMPEL_STATUS, ENHEDSTYPER, GAELDER_FOR, KILDE_TYPER, LAESERE, MAALGRUPPER, MAALGRUPPER_VEJLEDNING,
  ORGANISATIONSTYPER, RAMME_ARTER, REGIONER, SAMARBEJDSMODELLER, SITUATIONER, TEMAER,
} from '../schemas/shared/vocabularies.ts';
import { entryUrl, resolve, titleOf, type AnyEntry } from './entries.ts';
import { facetUrl } from './facets.ts';

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

type Data = Record<string, unknown>;

/** A vocabulary field: each value becomes a link to the catalogue filtered by it, where one exists. */
const vocab = (label: string, field: string, v: Vocab<string>, facetOf?: string) => (data: Data, collection: string): FactRow => {
  const raw = data[field];
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) as string[];
  return {
    label,
    items: values.map((key) => ({ text: v.label(key), href: facetOf ? facetUrl(collection, facetOf, key) : undefined })),
  };
};

/** A reference field: each target becomes a link to its page (unpublished targets are left out). */
const refs = (label: string, field: string) => async (data: Data): Promise<FactRow> => ({
  label,
  items: (await resolve(data[field] as EntryRef[] | EntryRef | undefined)).map((e) => ({ text: titleOf(e), href: entryUrl(e) })),
});

const plain = (label: string, field: string) => (data: Data): FactRow => ({
  label,
  items: data[field] === undefined ? [] : [{ text: String(data[field]) }],
});

const link = (label: string, field: string) => (data: Data): FactRow => ({
  label,
  items: typeof data[field] === 'string' ? [{ text: new URL(data[field] as string).hostname.replace(/^www\./, ''), href: data[field] as string, external: true }] : [],
});

type RowFn = (data: Data, collection: string) => FactRow | Promise<FactRow>;

/** Which facts each collection shows, in order. Field labels are written here once. */
const FACTS: Record<string, RowFn[]> = {
  eksempler: [
    vocab('Region', 'region', REGIONER), refs('Regionale enheder', 'enheder'), refs('Organisationer', 'organisationer'),
    refs('Strategiske pejlemærker', 'pejlemaerker'), vocab('Målgrupper', 'maalgrupper', MAALGRUPPER, 'maalgruppe'),
    vocab('Temaer', 'temaer', TEMAER, 'tema'), vocab('Model', 'model', SAMARBEJDSMODELLER),
    vocab('Status', 'samarbejdsstatus', EKSEMPEL_STATUS, 'status'), plain('Periode', 'periode'), refs('Sundhedsråd', 'sundhedsraad'),
  ],
  organisationer: [
    vocab('Type', 'type', ORGANISATIONSTYPER, 'type'), link('Hjemmeside', 'hjemmeside'), vocab('Arbejder i', 'omraader', REGIONER),
    vocab('Målgrupper', 'maalgrupper', MAALGRUPPER, 'maalgruppe'), vocab('Temaer', 'temaer', TEMAER, 'tema'), plain('CVR-nummer', 'cvr'),
  ],
  tilbud: [
    refs('Organisation', 'organisation'), vocab('Målgrupper', 'maalgrupper', MAALGRUPPER, 'maalgruppe'),
    vocab('Temaer', 'temaer', TEMAER, 'tema'), plain('Hvor', 'hvor'), plain('Sådan henviser du', 'henvisning'),
    plain('Pris', 'pris'), link('Læs om tilbuddet', 'url'),
  ],
  rammer: [
    vocab('Art', 'art', RAMME_ARTER), vocab('Gælder for', 'gaelderFor', GAELDER_FOR), vocab('Relevant for', 'laesere', LAESERE),
    vocab('Situationer', 'situationer', SITUATIONER),
  ],
  enheder: [vocab('Type', 'type', ENHEDSTYPER), vocab('Region', 'region', REGIONER), refs('Sundhedsråd', 'sundhedsraad'), link('Hjemmeside', 'hjemmeside')],
  sundhedsraad: [vocab('Region', 'region', REGIONER)],
  vejledninger: [vocab('Til', 'maalgrupper', MAALGRUPPER_VEJLEDNING), vocab('Temaer', 'temaer', TEMAER)],
  kilder: [vocab('Type', 'type', KILDE_TYPER), plain('Udgiver', 'udgiver'), plain('År', 'aar'), plain('Status', 'retsstatus'), link('Læs kilden', 'url')],
  ordliste: [plain('Engelsk', 'engelsk')],
  pejlemaerker: [plain('Nummer', 'nummer')],
  strategi: [],
};

/** The non-empty fact rows of an entry. */
export async function factsOf(entry: AnyEntry): Promise<FactRow[]> {
  const rows = await Promise.all((FACTS[entry.collection] ?? []).map((fn) => fn(entry.data as Data, entry.collection)));
  return rows.filter((row) => row.items.length > 0);
}

export { formatDanishDate };
