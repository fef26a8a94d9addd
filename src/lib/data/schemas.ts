import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/index.ts';
import { frontmatterJsonSchema, toJsonSchema, type JsonSchema } from '../schema-doc.ts';
import { EXPORTS, exportPaths, fileSchema } from './exports.ts';
import { OmraadeRecordSchema } from './formats/area.ts';
import { AREA_SCHEMA_PATH } from './area-export.ts';

/** Every export format with a published JSON Schema: one per data set, and the council area. */
export const EXPORT_SCHEMAS: { name: string; titel: string; path: string; schema: z.ZodType }[] = [
  ...EXPORTS.map((def) => ({ name: def.collection as string, titel: def.titel, path: exportPaths(def.collection).schema, schema: fileSchema(def) })),
  { name: 'sundhedsraad-omraade', titel: 'Alt i et sundhedsråds område', path: AREA_SCHEMA_PATH, schema: OmraadeRecordSchema },
];

/** The published JSON Schema of an export format, with its own absolute address as `$id`. */
export function exportJsonSchema(entry: (typeof EXPORT_SCHEMAS)[number], site: string): JsonSchema {
  const { $schema, ...rest } = toJsonSchema(entry.schema, 'output');
  return { $schema, $id: new URL(entry.path, site).href, title: entry.titel, ...rest };
}

/** Where a collection's frontmatter schema is published. */
export const frontmatterSchemaPath = (collection: CollectionName) => `/data/skema/${collection}.schema.json`;

/** The published frontmatter JSON Schema of a collection, with its absolute `$id`. */
export const publishedFrontmatterSchema = (collection: CollectionName, site: string) =>
  frontmatterJsonSchema(collection, { id: new URL(frontmatterSchemaPath(collection), site).href });

