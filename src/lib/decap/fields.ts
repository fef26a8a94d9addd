import { z } from 'astro/zod';
import { COLLECTION_DEFINITIONS, type CollectionName } from '../../schemas/index.ts';
import { httpsUrl, mainNumberTel, roleMailto } from '../../schemas/shared/url.ts';
import { vocabFor, type JsonSchema } from '../schema-doc.ts';

/** One field of a Decap CMS collection (the part of Decap's field options this site uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  default?: unknown;
  collection?: CollectionName;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  options_length?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  field?: DecapField;
  fields?: DecapField[];
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
  sanitize_preview?: boolean;
  /** Written to the file when the group is left empty (a union of a fixed text and an object). */
  vb_empty?: string;
}

/**
 * The patterned text fields (https URL, role mailbox, main number), by the title their JSON Schema
 * carries, with values that fail them: the editor shows the schema's own messages for those values,
 * so the form says what `npm run tjek` says, written once in src/schemas/shared/url.ts.
 */
const PATTERNED: { schema: () => z.ZodType; fails: string[] }[] = [
  { schema: httpsUrl, fails: ['http://eksempel.dk/'] },
  { schema: roleMailto, fails: ['x', 'mailto:fornavn.efternavn@eksempel.dk'] },
  { schema: mainNumberTel, fails: ['x'] },
];
const PATTERN_SCHEMAS = new Map(PATTERNED.map((p) => [String(p.schema().meta()?.['title']), p]));

/** The schema's messages for a patterned field named `name`, or undefined for other patterns. */
function schemaMessages(name: string, title: string | undefined): string | undefined {
  const patterned = title === undefined ? undefined : PATTERN_SCHEMAS.get(title);
  if (!patterned) return undefined;
  const field = z.object({ [name]: patterned.schema() });
  const messages = patterned.fails.flatMap((value) => field.safeParse({ [name]: value }).error?.issues.map((i) => i.message) ?? []);
  return [...new Set(messages)].join(' ');
}

/** Texts longer than this get a multi-line text area instead of a one-line field. */
const ONE_LINE_MAX = 200;

/** Labels the spelling rule below would get wrong. */
const LABELS: Record<string, string> = { temaer: 'Temaer', cvr: 'CVR-nummer', resume: 'Resumé', aar: 'År' };

/** A human label from a field name: `sidstGennemgaaet` → `Sidst gennemgået`. */
export function fieldLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const danish = words.replace(/aa/g, 'å').replace(/oe/g, 'ø').replace(/ae/g, 'æ');
  return danish.charAt(0).toUpperCase() + danish.slice(1);
}

function patternFor(name: string, schema: JsonSchema): [string, string] | undefined {
  const pattern = schema['pattern'];
  if (typeof pattern !== 'string' || schema['x-reference']) return undefined;
  return [pattern, schemaMessages(name, schema.title) ?? `"${name}" skal have formen ${pattern} – se feltoversigten under /bidrag/felter/`];
}

/** The select options of a vocabulary enum: Danish label shown, key stored. */
function options(values: readonly string[]): { label: string; value: string }[] {
  const vocab = vocabFor(values);
  return values.map((value) => ({ label: vocab?.label(value) ?? value, value }));
}

function relation(target: CollectionName): Partial<DecapField> {
  const title = COLLECTION_DEFINITIONS[target].titleField;
  return { widget: 'relation', collection: target, search_fields: [title], value_field: '{{slug}}', display_fields: [title], options_length: 1000 };
}

/** The widget and its options for one value (a field, or the items of a list). */
function widgetFor(name: string, schema: JsonSchema): Partial<DecapField> {
  const union = schema.anyOf?.find((option) => option.type === 'object');
  const fixed = schema.anyOf?.find((option) => option.const !== undefined);
  if (union && typeof fixed?.const === 'string') return { ...widgetFor(name, union), vb_empty: fixed.const };
  const reference = schema['x-reference'] as CollectionName | undefined;
  if (reference) return relation(reference);
  if (schema.enum) return { widget: 'select', options: options(schema.enum) };
  if (schema['format'] === 'date') {
    return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  switch (schema.type) {
    case 'boolean':
      return { widget: 'boolean', default: false };
    case 'integer':
    case 'number':
      return { widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float', ...bounds(schema) };
    case 'object':
      return { widget: 'object', fields: decapFields(schema) };
    case 'array':
      return arrayWidget(name, schema);
    default: {
      const long = (schema.maxLength ?? 0) > ONE_LINE_MAX;
      const pattern = patternFor(name, schema);
      return { widget: long ? 'vb-text' : 'vb-string', ...(pattern ? { pattern } : {}) };
    }
  }
}

function bounds(schema: JsonSchema): Partial<DecapField> {
  const min = schema['minimum'];
  const max = schema['maximum'];
  return { ...(typeof min === 'number' ? { min } : {}), ...(typeof max === 'number' ? { max } : {}) };
}

function arrayWidget(name: string, schema: JsonSchema): Partial<DecapField> {
  const items = schema.items ?? {};
  const min = schema.minItems ? { min: schema.minItems } : {};
  const item = widgetFor(name, items);
  if (item.widget === 'select' || item.widget === 'relation') return { ...item, multiple: true, ...min };
  if (item.widget === 'object') return { widget: 'list', fields: item.fields ?? [], ...min };
  return { widget: 'list', field: { name, label: fieldLabel(name), required: true, ...item } as DecapField, ...min };
}

/** The Decap fields of an object schema, in the schema's order, with required and hints as there. */
export function decapFields(schema: JsonSchema): DecapField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const required = schema.required?.includes(name) ?? false;
    const hint = property.description;
    return { name, label: fieldLabel(name), required, ...(hint ? { hint } : {}), ...widgetFor(name, property) } as DecapField;
  });
}
