import { z } from 'astro/zod';
import { COLLECTION_DEFINITIONS, type CollectionName } from '../schemas/index.ts';
import { slugReference } from '../schemas/shared/reference.ts';
import * as VOCABULARIES from '../schemas/shared/vocabularies.ts';
import type { Vocab } from '../schemas/shared/vocab.ts';

/** The part of JSON Schema (draft 2020-12) this module reads and writes. */
export interface JsonSchema {
  [keyword: string]: unknown;
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: string[];
  const?: unknown;
  maxLength?: number;
  minItems?: number;
}

/** One row of a field reference: what an editor (or a data user) needs to know about a field. */
export interface FieldDoc {
  /** Dotted path, e.g. `kontakt.mail`; list items get `[]`, e.g. `trin[].titel`. */
  path: string;
  /** The kind of value in Danish, e.g. `Tekst (højst 400 tegn)`. */
  type: string;
  required: boolean;
  /** Allowed values with their Danish labels (for vocabulary fields). */
  values: { value: string; label: string }[];
  /** For a reference field: the collection whose file names (ids) it takes. */
  reference?: CollectionName | undefined;
  description: string;
}

const DATE = { type: 'string', title: 'Dato (ÅÅÅÅ-MM-DD)', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

/**
 * Converts any zod schema to JSON Schema. `io: 'input'` describes what is written (before
 * transforms); refinements that cannot be expressed are left out, so the zod schema stays the
 * final judge. Dates written as `ÅÅÅÅ-MM-DD` (a Date-or-string union in zod) become date strings.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; options?: { _zod: { def: { type: string } } }[] };
      const isDate = def.type === 'date' || (def.type === 'union' && def.options?.some((o) => o._zod.def.type === 'date'));
      if (!isDate) return;
      const { description } = jsonSchema;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      Object.assign(jsonSchema, DATE, description ? { description } : {});
    },
  }) as JsonSchema;
}

/** The vocabulary whose keys are exactly these enum values, for Danish labels. */
export function vocabFor(values: readonly string[]): Vocab<string> | undefined {
  const vocabs = Object.values(VOCABULARIES) as Vocab<string>[];
  return vocabs.find((v) => v.keys.length === values.length && values.every((value) => v.keys.includes(value)));
}

/** Adds the Danish labels of vocabulary enums (`enumDescriptions`, shown by editors that support it). */
function label(schema: JsonSchema): void {
  const vocab = schema.enum ? vocabFor(schema.enum) : undefined;
  if (vocab && schema.enum) schema['enumDescriptions'] = schema.enum.map((key) => vocab.label(key));
  for (const child of [...Object.values(schema.properties ?? {}), schema.items, ...(schema.anyOf ?? [])]) {
    if (child) label(child);
  }
}

/**
 * The JSON Schema of what editors write in a collection's frontmatter (or YAML file): generated
 * from the zod schema, with each field's `.describe()` text and the vocabulary labels.
 */
export function frontmatterJsonSchema(collection: CollectionName, options: { id?: string } = {}): JsonSchema {
  const schema = toJsonSchema(COLLECTION_DEFINITIONS[collection].schema(slugReference));
  label(schema);
  return { $schema: schema['$schema'], ...(options.id ? { $id: options.id } : {}), title: collection, ...schema };
}

const FORMAT_NAMES: Record<string, string> = { uuid: 'UUID', uri: 'Webadresse', date: 'Dato (ÅÅÅÅ-MM-DD)', email: 'Mailadresse' };

/** The Danish name of a value's kind, from its JSON Schema. */
function typeName(schema: JsonSchema): string {
  if (schema.title) return schema.title;
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' eller ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return 'En af de tilladte værdier';
  const format = FORMAT_NAMES[String(schema['format'])];
  if (format) return format;
  switch (schema.type) {
    case 'string':
      return schema.maxLength ? `Tekst (højst ${schema.maxLength} tegn)` : 'Tekst';
    case 'boolean':
      return 'true eller false';
    case 'integer':
      return 'Helt tal';
    case 'number':
      return 'Tal';
    case 'array':
      return `Liste${schema.minItems ? ` (mindst ${schema.minItems})` : ''} af: ${schema.items ? typeName(schema.items) : 'værdier'}`;
    case 'object':
      return 'Gruppe af felter';
    default:
      return 'Værdi';
  }
}

/** Flattens a JSON Schema into field rows, nested fields after their parent. */
export function fieldDocs(schema: JsonSchema, prefix = ''): FieldDoc[] {
  const rows: FieldDoc[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${key}`;
    const inner = property.items ?? property;
    const values = inner.enum ? inner.enum.map((value) => ({ value, label: vocabFor(inner.enum!)?.label(value) ?? value })) : [];
    const reference = inner['x-reference'] as CollectionName | undefined;
    rows.push({ path, type: typeName(property), required: schema.required?.includes(key) ?? false, values, reference, description: property.description ?? '' });
    const nested = [inner, ...(inner.anyOf ?? [])].filter((s) => s.properties);
    for (const object of nested) rows.push(...fieldDocs(object, `${path}${property.items ? '[]' : ''}.`));
  }
  return rows;
}
