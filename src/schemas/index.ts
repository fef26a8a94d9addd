import type { z } from 'astro/zod';
import { begrebSchema, type Begreb } from './begreb.ts';
import { eksempelSchema, type Eksempel } from './eksempel.ts';
import { enhedSchema, type Enhed } from './enhed.ts';
import { KildeSchema, type Kilde } from './kilde.ts';
import { organisationSchema, type Organisation } from './organisation.ts';
import { pejlemaerkeSchema, type Pejlemaerke } from './pejlemaerke.ts';
import { rammeSchema, type Ramme } from './ramme.ts';
import type { CollectionName } from './shared/collections.ts';
import type { RefFactory } from './shared/reference.ts';
import { strategiSchema, type Strategi } from './strategi.ts';
import { sundhedsraadSchema, type Sundhedsraad } from './sundhedsraad.ts';
import { tilbudSchema, type Tilbud } from './tilbud.ts';
import { vejledningSchema, type Vejledning } from './vejledning.ts';

export { COLLECTIONS, ENTRY_NOUN, type CollectionName } from './shared/collections.ts';

/** The parsed data of one entry of each collection, as its schema outputs it (`z.output`). */
export interface EntryData {
  strategi: Strategi;
  pejlemaerker: Pejlemaerke;
  rammer: Ramme;
  vejledninger: Vejledning;
  eksempler: Eksempel;
  organisationer: Organisation;
  tilbud: Tilbud;
  sundhedsraad: Sundhedsraad;
  enheder: Enhed;
  ordliste: Begreb;
  kilder: Kilde;
}

/** How a collection is stored: MDX (frontmatter and prose) or YAML (data only). */
export type EntryFormat = 'mdx' | 'yaml';

export interface CollectionDefinition<D = unknown> {
  /** The schema, given a way to make reference fields. */
  schema: (ref: RefFactory) => z.ZodType<D, unknown>;
  format: EntryFormat;
  /** The frontmatter field that names an entry. */
  titleField: 'titel' | 'navn' | 'term';
}

/**
 * The one registry of collections: content.config.ts, the content lint, the field reference,
 * the JSON Schemas and the exports all read it.
 */
export const COLLECTION_DEFINITIONS: { [C in CollectionName]: CollectionDefinition<EntryData[C]> } = {
  strategi: { schema: strategiSchema, format: 'mdx', titleField: 'titel' },
  pejlemaerker: { schema: pejlemaerkeSchema, format: 'mdx', titleField: 'titel' },
  rammer: { schema: rammeSchema, format: 'mdx', titleField: 'titel' },
  vejledninger: { schema: vejledningSchema, format: 'mdx', titleField: 'titel' },
  eksempler: { schema: eksempelSchema, format: 'mdx', titleField: 'titel' },
  organisationer: { schema: organisationSchema, format: 'mdx', titleField: 'navn' },
  tilbud: { schema: tilbudSchema, format: 'mdx', titleField: 'titel' },
  sundhedsraad: { schema: sundhedsraadSchema, format: 'mdx', titleField: 'navn' },
  enheder: { schema: enhedSchema, format: 'yaml', titleField: 'navn' },
  ordliste: { schema: begrebSchema, format: 'yaml', titleField: 'term' },
  kilder: { schema: () => KildeSchema, format: 'yaml', titleField: 'titel' },
};
