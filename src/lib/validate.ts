import type { z } from 'astro/zod';
import { COLLECTION_DEFINITIONS, type CollectionName, type EntryData } from '../schemas/index.ts';
import { PLACEHOLDER } from '../schemas/shared/field.ts';
import { keyOf, slugReference } from '../schemas/shared/reference.ts';
import type { ContentFile } from './content-files.ts';
import { isPublished, sourcePath, type Entry } from './model.ts';
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

/** A parsed entry of the content lint: the typed entry of the model, with the file it came from. */
export type ParsedEntry = Entry & { file: ContentFile };

/** The schemas as Node uses them (references checked for their form only), each made once. */
const schemas = new Map<CollectionName, z.ZodType<EntryData[CollectionName], unknown>>();

/** The schema of one collection, made on first use. */
function schemaOf<C extends CollectionName>(collection: C): z.ZodType<EntryData[C], unknown> {
  let schema = schemas.get(collection);
  if (!schema) schemas.set(collection, (schema = COLLECTION_DEFINITIONS[collection].schema(slugReference)));
  // The map holds, under each collection, that collection's own schema.
  return schema as z.ZodType<EntryData[C], unknown>;
}

/** The outcome of parsing one file: the typed entry, or what is wrong with it. */
export type ParseResult<C extends CollectionName> = { success: true; entry: Entry<C> } | { success: false; issues: readonly z.core.$ZodIssue[] };

/**
 * Parses raw frontmatter with the collection's schema into a typed entry, as the build does: the
 * content lint, the exports' tests and scripts read entries through this one function.
 */
export function parseEntry<C extends CollectionName>(collection: C, id: string, raw: unknown): ParseResult<C> {
  const result = schemaOf(collection).safeParse(raw);
  if (!result.success) return { success: false, issues: result.error.issues };
  // The schema of collection C outputs EntryData[C]: with its collection and id that is an Entry<C>.
  return { success: true, entry: { collection, id, data: result.data } as Entry<C> };
}

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
    const result = parseEntry(file.collection, file.id, file.data);
    if (result.success) {
      entries.push({ ...result.entry, file });
      continue;
    }
    for (const issue of result.issues) {
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
  const published = new Map(entries.map((e) => [keyOf(e), isPublished(e)]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { ref, path } of collectRefs(entry.data)) {
      const target = published.get(keyOf(ref));
      const field = path.join('.');
      const report = (message: string) => problems.push({ rule: 'KB002', severity: 'fejl', file: entry.file.path, line: entry.file.lineOf(path), field, message });
      if (target === undefined) {
        report(`"${field}" henviser til "${ref.id}", men der findes ingen fil ${sourcePath(ref)}. Tjek stavningen, eller opret posten først.`);
      } else if (isPublished(entry) && !target) {
        report(`"${field}" henviser til "${ref.id}", som er et udkast. En publiceret post må kun henvise til publicerede poster: publicér "${ref.id}" først, eller sæt denne post til status: udkast.`);
      }
    }
  }
  return problems;
}
