import type { z } from 'astro/zod';
import { begrebSchema } from './begreb.ts';
import { eksempelSchema } from './eksempel.ts';
import { enhedSchema } from './enhed.ts';
import { KildeSchema } from './kilde.ts';
import { organisationSchema } from './organisation.ts';
import { pejlemaerkeSchema } from './pejlemaerke.ts';
import { rammeSchema } from './ramme.ts';
import type { CollectionName } from './shared/collections.ts';
import type { RefFactory } from './shared/reference.ts';
import { strategiSchema } from './strategi.ts';
import { sundhedsraadSchema } from './sundhedsraad.ts';
import { tilbudSchema } from './tilbud.ts';
import { vejledningSchema } from './vejledning.ts';

export { COLLECTIONS, ENTRY_NOUN, type CollectionName } from './shared/collections.ts';

/** How a collection is stored: MDX (frontmatter and prose) or YAML (data only). */
export type EntryFormat = 'mdx' | 'yaml';

export interface CollectionDefinition {
  /** The schema, given a way to make reference fields. */
  schema: (ref: RefFactory) => z.ZodType;
  format: EntryFormat;
  /** The frontmatter field that names an entry. */
  titleField: 'titel' | 'navn' | 'term';
}

/**
 * The one registry of collections: content.config.ts, the content lint, the field reference,
 * the JSON Schemas and the exports all read it.
 */
export const COLLECTION_DEFINITIONS: Record<CollectionName, CollectionDefinition> = {
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
