import { COLLECTION_DEFINITIONS, COLLECTIONS, ENTRY_NOUN } from '../../schemas/index.ts';
import { decapCollection, FILE_NAME_KEY } from './config.ts';
import type { DecapField } from './fields.ts';
import type { AllowlistLists } from './input-rules.ts';
import { contentRoot } from '../content-files.ts';
import { readAllowlist } from '../lint/allowlist.ts';

/** What the editor's script needs to know about one collection, generated from its schema. */
export interface CollectionInfo {
  /** The field that names an entry (and gives its file name). */
  title: string;
  /** The field shown under the title in the preview. */
  summary: string;
  /** The singular Danish noun, shown above the title as on the entry page. */
  noun: string;
  /** True for MDX collections (they have a body). */
  body: boolean;
  /** Dotted paths of required lists, which are written even when empty (`[]`). */
  keepEmpty: string[];
  /** Fields that are a fixed text or a group of fields: the text written when the group is empty. */
  unions: Record<string, string>;
}

/** Everything the editor's script gets from the build. */
export interface EditorTable {
  /** The exceptions of content/undtagelser.yaml (KB011, KB012), as the content check reads them. */
  allowlist: AllowlistLists;
  previewStyle: string;
  fileNameKey: string;
  collections: Record<string, CollectionInfo>;
  /** Field name → the fixed text of a union field, for reading existing files. */
  unions: Record<string, string>;
}

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
