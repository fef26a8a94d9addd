import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      Object.assign(jsonSchema, DATE);
    },
  }) as JsonSchema;
}

/**
 * The JSDoc comment above each `key:` in a TypeScript source, by key. The schemas' JSDoc is
 * the one description of each field (HOUSE_STYLE), so it is read, not copied.
 */
export function jsdocDescriptions(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(/\/\*\*((?:[^*]|\*(?!\/))*)\*\/\s*\n\s*([A-Za-z][A-Za-z0-9]*)\s*:/g)) {
    const text = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trim()).join(' ').trim();
    if (!found.has(match[2]!)) found.set(match[2]!, text.replace(/`/g, ''));
  }
  return found;
}

/** JSDoc descriptions of every module under src/schemas/, one map per file. */
function schemaSources(root: string): Map<string, string>[] {
  const dir = join(root, 'src/schemas');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.map((f) => jsdocDescriptions(readFileSync(join(dir, f), 'utf8')));
}

/**
 * Writes descriptions into every object's properties. For each object the module that documents
 * most of its keys wins (an organisation's own module, not another that shares a key), then any.
 */
function describe(schema: JsonSchema, sources: Map<string, string>[]): void {
  if (schema.properties) {
    const keys = Object.keys(schema.properties);
    const ranked = [...sources].sort((a, b) => keys.filter((k) => b.has(k)).length - keys.filter((k) => a.has(k)).length);
    for (const [key, property] of Object.entries(schema.properties)) {
      const text = ranked.find((s) => s.has(key))?.get(key);
      if (text) property.description = text;
    }
  }
  for (const child of [...Object.values(schema.properties ?? {}), schema.items, ...(schema.anyOf ?? [])]) {
    if (child) describe(child, sources);
  }
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
 * from the zod schema, with the JSDoc descriptions and vocabulary labels.
 */
export function frontmatterJsonSchema(collection: CollectionName, options: { root?: string; id?: string } = {}): JsonSchema {
  const schema = toJsonSchema(COLLECTION_DEFINITIONS[collection].schema(slugReference));
  describe(schema, schemaSources(options.root ?? process.cwd()));
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
    rows.push({ path, type: typeName(property), required: schema.required?.includes(key) ?? false, values, description: property.description ?? '' });
    const nested = [inner, ...(inner.anyOf ?? [])].filter((s) => s.properties);
    for (const object of nested) rows.push(...fieldDocs(object, `${path}${property.items ? '[]' : ''}.`));
  }
  return rows;
}
