import type { CollectionName } from '../schemas/shared/collections.ts';
import type { Vocab } from '../schemas/shared/vocab.ts';
import { ENHEDSTYPER, KILDE_TYPER, MAALGRUPPER_VEJLEDNING, ORGANISATIONSTYPER, RAMME_ARTER, REGIONER } from '../schemas/shared/vocabularies.ts';
import { byTitle, titleOf, type Entry } from './model.ts';
import { UI } from './ui.ts';

/** What each list page says about its collection, in one or two sentences. */
export const COLLECTION_INTRO: Record<CollectionName, string> = {
  strategi: 'Region Hovedstadens vision for samarbejdet med civilsamfundet (2025), afsnit for afsnit. Det er en vision og et forslag til den nye Region Østdanmark, ikke vedtagne regler.',
  pejlemaerker: 'De fire strategiske pejlemærker i Region Hovedstadens visionspapir (2025): de områder, hvor samarbejdet med civilsamfundet skal prioriteres.',
  rammer: 'Hvad regionen må og ikke må, hvad den kræver af partnere, og hvad der gælder for frivillige – hver med hjemmel og kilde.',
  vejledninger: 'Vejledninger til medarbejdere, organisationer, koordinatorer og redaktører.',
  eksempler: 'Gode eksempler på samarbejder mellem regionale enheder og civilsamfundet.',
  organisationer: 'Organisationer i civilsamfundet, som kilderne nævner, ordnet efter type.',
  tilbud: 'Tilbud fra organisationer, som medarbejdere kan henvise patienter og borgere til.',
  sundhedsraad: 'Sundhedsrådene i Region Østdanmark og deres indgang for civilsamfundet. Listen er ikke fuldstændig: vi viser kun de sundhedsråd, som en kilde bekræfter.',
  enheder: 'Hospitaler, psykiatriske centre og andre regionale enheder, som kilderne nævner.',
  ordliste: 'Ord og begreber, som bruges om samarbejdet med civilsamfundet, forklaret kort.',
  kilder: 'De dokumenter og sider, indholdet bygger på. Visionspapiret og budgetforslagene er visioner og forslag, ikke vedtaget lov.',
};

/** The page that lists the areas of the offers filter (src/pages/tilbud/omraade/). */
export const OMRAADE_INDEX = '/tilbud/omraade/';

/** The address of an area's offers page and of its CSV (the slug of a council's id or a kommune's name). */
export const omraadePaths = (slug: string) => ({ page: `${OMRAADE_INDEX}${slug}/`, csv: `/data/tilbud/omraade/${slug}.csv` });

/** Pages a list page points to besides its entries (tools built from the collection). */
export const COLLECTION_LINKS: Partial<Record<CollectionName, { href: string; label: string }[]>> = {
  rammer: [{ href: UI.beslutning.href, label: 'Hvilke rammer gælder for jeres samarbejde? Vælg jeres situation' }],
  tilbud: [{ href: OMRAADE_INDEX, label: UI.omraade.link }],
};

/** A group on a list page. */
export interface Group {
  id: string;
  label: string;
  entries: Entry[];
}

/** How one collection's list page groups its entries. */
type Grouping<C extends CollectionName> = (entries: readonly Entry<C>[]) => Group[];

/** Groups by a vocabulary field, in the vocabulary's order; entries may appear in several groups. */
const byVocab =
  <C extends CollectionName, K extends string>(vocab: Vocab<K>, valuesOf: (entry: Entry<C>) => K | readonly K[]): Grouping<C> =>
  (entries) =>
    vocab.keys
      .map((key) => ({
        id: key,
        label: vocab.label(key),
        entries: entries.filter((e) => {
          const v = valuesOf(e);
          return typeof v === 'string' ? v === key : v.includes(key);
        }),
      }))
      .filter((g) => g.entries.length > 0);

/** One group in the order of a number field (entries without one last). */
const byNumber =
  <C extends CollectionName>(numberOf: (entry: Entry<C>) => number | undefined): Grouping<C> =>
  (entries) => [{ id: 'alle', label: '', entries: [...entries].sort((a, b) => (numberOf(a) ?? 99) - (numberOf(b) ?? 99)) }];

/** Groups A–Z by first letter (Danish alphabet order, so Æ, Ø, Å come last). */
export function alphabetical(entries: readonly Entry[]): Group[] {
  const groups = new Map<string, Entry[]>();
  for (const e of [...entries].sort(byTitle)) {
    const letter = titleOf(e).charAt(0).toLocaleUpperCase('da');
    const group = groups.get(letter);
    if (group) group.push(e);
    else groups.set(letter, [e]);
  }
  return [...groups].map(([letter, list]) => ({ id: `bogstav-${letter.toLowerCase()}`, label: letter, entries: list }));
}

/** How each list page groups its entries. */
const GROUPING: { [C in CollectionName]: Grouping<C> } = {
  strategi: byNumber((e) => e.data.raekkefoelge),
  pejlemaerker: byNumber((e) => e.data.nummer),
  rammer: byVocab(RAMME_ARTER, (e) => e.data.art),
  vejledninger: byVocab(MAALGRUPPER_VEJLEDNING, (e) => e.data.maalgrupper),
  eksempler: byVocab(REGIONER, (e) => e.data.region),
  organisationer: byVocab(ORGANISATIONSTYPER, (e) => e.data.type),
  tilbud: alphabetical,
  sundhedsraad: byVocab(REGIONER, (e) => e.data.region),
  enheder: byVocab(ENHEDSTYPER, (e) => e.data.type),
  ordliste: alphabetical,
  kilder: byVocab(KILDE_TYPER, (e) => e.data.type),
};

/** The groups of one collection's list page. */
export function groupEntries<C extends CollectionName>(collection: C, entries: readonly Entry<C>[]): Group[] {
  const grouping: Grouping<C> = GROUPING[collection];
  return grouping(entries);
}
