import { defineVocab } from './vocab.ts';

/**
 * Every collection, in the order the site presents them, with its Danish name. The key is also
 * the folder under `content/` and the first segment of the entry's URL.
 */
export const COLLECTIONS = defineVocab({
  strategi: 'Strategi',
  pejlemaerker: 'Strategiske pejlemærker',
  rammer: 'Rammer',
  vejledninger: 'Vejledninger',
  eksempler: 'Eksempler',
  organisationer: 'Organisationer',
  tilbud: 'Tilbud',
  sundhedsraad: 'Sundhedsråd',
  enheder: 'Regionale enheder',
  ordliste: 'Ordliste',
  kilder: 'Kilder',
});

export type CollectionName = (typeof COLLECTIONS.keys)[number];

/** The singular Danish noun for one entry of each collection ("en organisation"). */
export const ENTRY_NOUN: Record<CollectionName, string> = {
  strategi: 'Strategiafsnit',
  pejlemaerker: 'Strategisk pejlemærke',
  rammer: 'Ramme',
  vejledninger: 'Vejledning',
  eksempler: 'Eksempel',
  organisationer: 'Organisation',
  tilbud: 'Tilbud',
  sundhedsraad: 'Sundhedsråd',
  enheder: 'Regional enhed',
  ordliste: 'Begreb',
  kilder: 'Kilde',
};
