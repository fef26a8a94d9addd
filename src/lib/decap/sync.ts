import type { CollectionName } from '../../schemas/index.ts';
import { fieldDocs, frontmatterJsonSchema, type JsonSchema } from '../schema-doc.ts';
import type { DecapField } from './fields.ts';

/** Dotted paths of a Decap field tree, as the field reference writes them (`trin[].titel`). */
export function widgetPaths(fields: readonly DecapField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const children = field.fields ?? [];
    const inList = field.widget === 'list' ? '[]' : '';
    return [path, ...widgetPaths(children, `${path}${inList}.`)];
  });
}

/** Differences between a schema's fields and a collection's widgets; empty when they agree. */
export function syncProblems(collection: CollectionName, fields: readonly DecapField[], schema: JsonSchema = frontmatterJsonSchema(collection)): string[] {
  const schemaPaths = new Set(fieldDocs(schema).map((row) => row.path));
  // The MDX body is the file's prose, not a frontmatter field.
  const widgets = new Set(widgetPaths(fields).filter((path) => path !== 'body'));
  return [
    ...[...schemaPaths].filter((p) => !widgets.has(p)).map((p) => `${collection}: feltet "${p}" i skemaet har ingen widget i /admin/config.yml.`),
    ...[...widgets].filter((p) => !schemaPaths.has(p)).map((p) => `${collection}: widgetten "${p}" i /admin/config.yml har intet felt i skemaet.`),
  ];
}
