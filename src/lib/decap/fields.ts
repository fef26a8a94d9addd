import { COLLECTION_DEFINITIONS, type CollectionName } from '../../schemas/index.ts';
import { cvrNumber } from '../../schemas/organisation.ts';
import { httpsUrl, mainNumberTel, roleMailto } from '../../schemas/shared/url.ts';
import { frontmatterJsonSchema, vocabFor, type JsonSchema } from '../schema-doc.ts';

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
  /** Added to the field's hint (the source picker says where a new source is made). */
  vb_hint?: string;
  /** Written to the file when the group is left empty (a union of a fixed text and an object). */
  vb_empty?: string;
}

/**
 * Fields a person fills in plain form while the file keeps the schema's form: the editor's own
 * widgets (src/admin/cms.ts) complete `https://`, write `mailto:` and `tel:+45`, and check the
 * value with the schema's functions (src/lib/decap/input-rules.ts). Found by the title the
 * field's schema carries, so a new field of one of these kinds gets its widget too.
 */
const PLAIN_WIDGETS = new Map<string, string>([
  [String(httpsUrl().meta()?.['title']), 'vb-url'],
  [String(roleMailto().meta()?.['title']), 'vb-mail'],
  [String(mainNumberTel().meta()?.['title']), 'vb-tel'],
  [String(cvrNumber().meta()?.['title']), 'vb-cvr'],
]);

/** The editor's widget for a plain-form field, or undefined. */
export function plainWidget(title: string | undefined): string | undefined {
  return title === undefined ? undefined : PLAIN_WIDGETS.get(title);
}

/**
 * Shown under every source picker: where a missing source is made. Decap's relation widget cannot
 * create an entry (decaporg/decap-cms#3821 is open), and it lists only published entries (the
 * backend's query reads the main branch), so a new source can be chosen once it is published.
 */
export const NEW_SOURCE_HINT = 'Står kilden ikke på listen, så opret den under Kilder i menuen (Ny kilde) og gem den; når den er publiceret, kan du vælge den her.';

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
  const what = schema.description ? ` ${schema.description}` : '';
  return [pattern, `${fieldLabel(name)} har ikke den rigtige form.${what}`];
}

/** The select options of a vocabulary enum: Danish label shown, key stored. */
function options(values: readonly string[]): { label: string; value: string }[] {
  const vocab = vocabFor(values);
  return values.map((value) => ({ label: vocab?.label(value) ?? value, value }));
}

/** Fields shown after the title in a picker, when the target has them: who published it and when. */
const PICKER_DETAILS = ['udgiver', 'aar'] as const;

function relation(target: CollectionName): Partial<DecapField> {
  const title = COLLECTION_DEFINITIONS[target].titleField;
  const properties = frontmatterJsonSchema(target).properties ?? {};
  const details = PICKER_DETAILS.filter((d) => d in properties);
  const label = details.length ? `{{${title}}} – ${details.map((d) => `{{${d}}}`).join(', ')}` : title;
  return {
    widget: 'relation', collection: target, search_fields: [title, ...details], value_field: '{{slug}}', display_fields: [label], options_length: 1000,
    ...(target === 'kilder' ? { vb_hint: NEW_SOURCE_HINT } : {}),
  };
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
      const plain = plainWidget(schema.title);
      if (plain) return { widget: plain };
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
    const { vb_hint: extra, ...widget } = widgetFor(name, property);
    const hint = [property.description, extra].filter(Boolean).join(' ');
    return { name, label: fieldLabel(name), required, ...(hint ? { hint } : {}), ...widget } as DecapField;
  });
}
