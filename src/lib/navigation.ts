import { COLLECTIONS } from '../schemas/shared/collections.ts';

/** The main menu: the sections a reader looks for, never a list of every entry. */
export const NAVIGATION = (
  ['strategi', 'rammer', 'vejledninger', 'eksempler', 'organisationer', 'tilbud', 'sundhedsraad', 'ordliste'] as const
).map((section) => ({ section, label: COLLECTIONS.label(section), href: `/${section}/` }));
