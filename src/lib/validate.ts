import { COLLECTION_DEFINITIONS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { PLACEHOLDER } from '../schemas/shared/field.ts';
import { slugReference } from '../schemas/shared/reference.ts';
import type { ContentFile } from './content-files.ts';
import { collectRefs } from './relations.ts';

/** A problem found in content, reported to the editor. */
export interface Problem {
  /** Rule id, e.g. `KB001`. */
  rule: string;
  severity: 'fejl' | 'advarsel';
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
}

/** A parsed entry: the file and its validated data (references as `{ id, collection }`). */
export interface ParsedEntry {
  file: ContentFile;
  data: Record<string, unknown>;
}

const schemas = Object.fromEntries(
  COLLECTIONS.keys.map((name) => [name, COLLECTION_DEFINITIONS[name].schema(slugReference)]),
) as Record<CollectionName, ReturnType<(typeof COLLECTION_DEFINITIONS)[CollectionName]['schema']>>;

/** True when the value at `path` is (or contains) the scaffold placeholder, whatever the field's type. */
function holdsPlaceholder(data: unknown, path: (string | number)[]): boolean {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  return JSON.stringify(value ?? '').includes(PLACEHOLDER);
}

/** KB001: the file's frontmatter must parse and match its collection's schema. */
export function validateSchemas(files: ContentFile[]): { problems: Problem[]; entries: ParsedEntry[] } {
  const problems: Problem[] = [];
  const entries: ParsedEntry[] = [];
  for (const file of files) {
    for (const error of file.syntaxErrors) {
      problems.push({ rule: 'KB001', severity: 'fejl', file: file.path, line: error.line, message: error.message });
    }
    if (file.syntaxErrors.length) continue;
    const result = schemas[file.collection].safeParse(file.data);
    if (result.success) {
      entries.push({ file, data: result.data as Record<string, unknown> });
      continue;
    }
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const linePath = unknownKey ? [...path, unknownKey] : path;
      problems.push({
        rule: 'KB001',
        severity: 'fejl',
        file: file.path,
        line: file.lineOf(linePath) ?? file.lineOf(path.slice(0, 1)) ?? 1,
        field: linePath.join('.') || undefined,
        message: holdsPlaceholder(file.data, path) && !issue.message.includes('pladsholderen')
          ? `Pladsholderen ${PLACEHOLDER} er ikke erstattet. ${issue.message}`
          : issue.message,
      });
    }
  }
  return { problems, entries };
}

/** KB002: every reference must name an existing entry, and a published entry may not point at a draft. */
export function validateReferences(entries: ParsedEntry[]): Problem[] {
  const status = new Map(entries.map((e) => [`${e.file.collection}/${e.file.id}`, e.data['status']]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { ref, path } of collectRefs(entry.data)) {
      const target = status.get(`${ref.collection}/${ref.id}`);
      const field = path.join('.');
      if (target === undefined) {
        problems.push({
          rule: 'KB002',
          severity: 'fejl',
          file: entry.file.path,
          line: entry.file.lineOf(path),
          field,
          message: `"${field}" henviser til "${ref.id}", men der findes ingen fil content/${ref.collection}/${ref.id}.${COLLECTION_DEFINITIONS[ref.collection].format}. Tjek stavningen, eller opret posten først.`,
        });
      } else if (entry.data['status'] === 'publiceret' && target !== 'publiceret') {
        problems.push({
          rule: 'KB002',
          severity: 'fejl',
          file: entry.file.path,
          line: entry.file.lineOf(path),
          field,
          message: `"${field}" henviser til "${ref.id}", som er et udkast. En publiceret post må kun henvise til publicerede poster: publicér "${ref.id}" først, eller sæt denne post til status: udkast.`,
        });
      }
    }
  }
  return problems;
}
