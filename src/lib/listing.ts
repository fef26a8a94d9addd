import type { CollectionName } from '../schemas/shared/collections.ts';
import type { Vocab } from '../schemas/shared/vocab.ts';
import { ENHEDSTYPER, KILDE_TYPER, MAALGRUPPER_VEJLEDNING, ORGANISATIONSTYPER, RAMME_ARTER, REGIONER } from '../schemas/shared/vocabularies.ts';
import { titleOf, type AnyEntry } from './entries.ts';

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

/** Pages a list page points to besides its entries (tools built from the collection). */
export const COLLECTION_LINKS: Partial<Record<CollectionName, { href: string; label: string }[]>> = {
  rammer: [{ href: '/hvilke-rammer-gaelder/', label: 'Hvilke rammer gælder for jeres samarbejde? Vælg jeres situation' }],
};

/** A group on a list page. */
export interface Group {
  id: string;
  label: string;
  entries: AnyEntry[];
}

const field = (e: AnyEntry, name: string) => (e.data as Record<string, unknown>)[name];

/** Groups by a vocabulary field, in the vocabulary's order; entries may appear in several groups. */
function byVocab(entries: AnyEntry[], name: string, vocab: Vocab<string>): Group[] {
  return vocab.keys
    .map((key) => ({
      id: key,
      label: vocab.label(key),
      entries: entries.filter((e) => {
        const v = field(e, name);
        return Array.isArray(v) ? v.includes(key) : v === key;
      }),
    }))
    .filter((g) => g.entries.length > 0);
}

const byNumber = (name: string) => (entries: AnyEntry[]): Group[] => [
  { id: 'alle', label: '', entries: [...entries].sort((a, b) => Number(field(a, name) ?? 99) - Number(field(b, name) ?? 99)) },
];

/** Groups A–Z by first letter (Danish alphabet order, so Æ, Ø, Å come last). */
export function alphabetical(entries: AnyEntry[]): Group[] {
  const groups = new Map<string, AnyEntry[]>();
  for (const e of [...entries].sort((a, b) => titleOf(a).localeCompare(titleOf(b), 'da'))) {
    const letter = titleOf(e).charAt(0).toLocaleUpperCase('da');
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups].map(([letter, list]) => ({ id: `bogstav-${letter.toLowerCase()}`, label: letter, entries: list }));
}

/** How each list page groups its entries. */
export const GROUPING: Record<CollectionName, (entries: AnyEntry[]) => Group[]> = {
  strategi: byNumber('raekkefoelge'),
  pejlemaerker: byNumber('nummer'),
  rammer: (e) => byVocab(e, 'art', RAMME_ARTER),
  vejledninger: (e) => byVocab(e, 'maalgrupper', MAALGRUPPER_VEJLEDNING),
  eksempler: (e) => byVocab(e, 'region', REGIONER),
  organisationer: (e) => byVocab(e, 'type', ORGANISATIONSTYPER),
  tilbud: alphabetical,
  sundhedsraad: (e) => byVocab(e, 'region', REGIONER),
  enheder: (e) => byVocab(e, 'type', ENHEDSTYPER),
  ordliste: alphabetical,
  kilder: (e) => byVocab(e, 'type', KILDE_TYPER),
};
