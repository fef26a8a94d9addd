import type { CollectionInfo, EditorTable } from '../../admin/clean.ts';
import { COLLECTION_DEFINITIONS, COLLECTIONS, ENTRY_NOUN } from '../../schemas/index.ts';
import { decapCollection, FILE_NAME_KEY } from './config.ts';
import type { DecapField } from './fields.ts';
import { contentRoot } from '../content-files.ts';
import { readAllowlist } from '../lint/allowlist.ts';

const SUMMARY_FIELDS = ['resume', 'beskrivelse', 'definition'] as const;

function requiredLists(fields: readonly DecapField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const own = field.required && (field.widget === 'list' || field.multiple) ? [path] : [];
    return [...own, ...(field.widget === 'object' ? requiredLists(field.fields ?? [], `${path}.`) : [])];
  });
}

/**
 * What the editor's browser script needs per collection, from the generated Decap collections,
 * and the exceptions of `content/undtagelser.yaml` read by the content check's own reader.
 */
export function editorTable(previewStyle: string, content = contentRoot()): EditorTable {
  const collections: Record<string, CollectionInfo> = {};
  const unions: Record<string, string> = {};
  for (const name of COLLECTIONS.keys) {
    const { fields } = decapCollection(name);
    const own = Object.fromEntries(fields.filter((f) => f.vb_empty).map((f) => [f.name, f.vb_empty as string]));
    Object.assign(unions, own);
    collections[name] = {
      title: COLLECTION_DEFINITIONS[name].titleField,
      summary: SUMMARY_FIELDS.find((s) => fields.some((f) => f.name === s)) ?? 'resume',
      noun: ENTRY_NOUN[name],
      body: COLLECTION_DEFINITIONS[name].format === 'mdx',
      keepEmpty: requiredLists(fields),
      unions: own,
    };
  }
  const allow = readAllowlist(content);
  return { previewStyle, fileNameKey: FILE_NAME_KEY, collections, unions, allowlist: { cpr: [...allow.cpr], kontakt: [...allow.kontakt] } };
}
