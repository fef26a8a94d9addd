import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTION_DEFINITIONS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { readAsAstro, readingDifferences, type ReadingDifference } from './astro-reader.ts';

/** One content file as read from disk, without executing anything in it. */
export interface ContentFile {
  collection: CollectionName;
  /** The entry id: the file name without its extension, as Astro's glob loader makes it. */
  id: string;
  /** Path relative to the repository root, e.g. `content/organisationer/hjerteforeningen.mdx`. */
  path: string;
  /**
   * The frontmatter (MDX) or whole document (YAML) as the build reads it: through the same
   * functions Astro's loaders call (`astro-reader.ts`), so the lint validates the very values the
   * build will (a date stays a Date, a merge key is merged). `{}` when the file cannot be read.
   */
  data: unknown;
  /** The MDX body after the frontmatter ('' for YAML). */
  body: string;
  /** The 1-based line where the body starts in the file. */
  bodyLine: number;
  /** The 1-based line of a frontmatter field path, if it can be found. */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** YAML syntax errors, already in Danish. */
  syntaxErrors: { line: number; message: string }[];
  /** The whole file as written. */
  source: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads one file of a collection. */
export function readContentFile(contentRoot: string, collection: CollectionName, file: string, repoRoot = process.cwd()): ContentFile {
  const absolute = join(contentRoot, collection, file);
  return parseContentFile(collection, relative(repoRoot, absolute), readFileSync(absolute, 'utf8'));
}

/**
 * Parses the text of a content file (from disk, or from `git show` for another revision).
 * `path` is what problems are reported against; the id is its file name without extension.
 */
export function parseContentFile(collection: CollectionName, path: string, source: string): ContentFile {
  const file = basename(path);
  const { format } = COLLECTION_DEFINITIONS[collection];
  let yamlText = source;
  let body = '';
  let offset = 0;
  let bodyLine = 1;
  const syntaxErrors: { line: number; message: string }[] = [];
  if (format === 'mdx') {
    const match = FRONTMATTER.exec(source);
    if (match) {
      yamlText = match[1] ?? '';
      offset = 1;
      body = source.slice(match[0].length);
      bodyLine = match[0].split('\n').length;
    } else {
      yamlText = '';
      body = source;
      syntaxErrors.push({ line: 1, message: 'Filen skal begynde med frontmatter: en linje med ---, felterne, og en linje med ---.' });
    }
  }
  // The `yaml` package's document gives line numbers and strict syntax errors; the values come from
  // the build's own reader, and a file either of them cannot read is refused.
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line + offset;
    syntaxErrors.push({ line, message: `YAML kan ikke læses (${error.code}). Tjek indrykning, kolon og anførselstegn på linjen.` });
  }
  let data: unknown = {};
  if (syntaxErrors.length === 0) {
    const read = readAsAstro(format, source, path);
    if ('error' in read) syntaxErrors.push(read.error);
    else {
      data = read.data;
      syntaxErrors.push(...differencesFrom(doc, read.data).map(({ path: at, message }) => ({ line: lineOfPath(doc, lineCounter, at, offset) ?? 1, message })));
    }
  }
  return {
    collection,
    id: file.replace(/\.(mdx|yaml)$/, ''),
    path,
    data: syntaxErrors.length ? {} : data,
    body,
    bodyLine,
    lineOf: (path) => lineOfPath(doc, lineCounter, path, offset),
    syntaxErrors,
    source,
  };
}

/** Where the strict reading of `doc` and Astro's reading differ; a document the strict reader cannot turn into data differs at its root. */
function differencesFrom(doc: Document, astro: unknown): ReadingDifference[] {
  let strict: unknown;
  try {
    strict = doc.toJS();
  } catch (error) {
    // `yaml` refuses what js-yaml accepts in a few cases, e.g. an alias repeated past its limit.
    return [{ path: [], message: `YAML kan ikke læses (${error instanceof Error ? error.message : String(error)}). Skriv værdierne ud i stedet for at gentage dem med & og *.` }];
  }
  return readingDifferences(strict, astro);
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly (string | number)[], offset: number) {
  let node: unknown = doc.contents;
  let position: number | undefined = (node as { range?: number[] })?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      position = (pair.key as { range?: number[] }).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      position = (item as { range?: number[] }).range?.[0];
      node = item;
    } else break;
  }
  return position === undefined ? undefined : counter.linePos(position).line + offset;
}

/** The environment variable that points the build, the lint and the tools at another content folder. */
export const CONTENT_ENV = 'VIDENSBASEN_CONTENT';

/**
 * The content folder, as an absolute path: `content/` in the repository, or the folder named by
 * VIDENSBASEN_CONTENT (relative to the repository), so tests, the benchmark and tools can work on a
 * copy. The one reader of the variable: Astro's collections, its redirects, the lint, the tools and
 * the build caches all ask here.
 */
export function contentRoot(repoRoot = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return resolve(repoRoot, env[CONTENT_ENV] ?? 'content');
}

/** Each collection with its entry format and the sorted names in its folder (missing folders skipped). */
function* collectionFolders(contentRoot: string, collections: readonly CollectionName[] = COLLECTIONS.keys) {
  for (const collection of collections) {
    let names: string[];
    try {
      // Regular files only: a symbolic link is never followed (KB030 names it), nor is a folder read.
      names = readdirSync(join(contentRoot, collection), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort();
    } catch {
      continue;
    }
    yield { collection, format: COLLECTION_DEFINITIONS[collection].format, names };
  }
}

/**
 * Reads every entry of every collection under `contentRoot` (normally `<repo>/content`), or of
 * the collections named.
 */
export function readAllContent(contentRoot: string, repoRoot = process.cwd(), collections?: readonly CollectionName[]): ContentFile[] {
  const files: ContentFile[] = [];
  for (const { collection, format, names } of collectionFolders(contentRoot, collections)) {
    for (const name of names.filter((n) => n.endsWith(`.${format}`))) {
      files.push(readContentFile(contentRoot, collection, name, repoRoot));
    }
  }
  return files;
}

/**
 * Files in the collection folders that are not read as entries (wrong extension, e.g. `.md`), as
 * repository paths: they would silently never be published, so the lint names them.
 */
export function strayContentFiles(contentRoot: string, repoRoot = process.cwd()): string[] {
  const stray: string[] = [];
  for (const { collection, format, names } of collectionFolders(contentRoot)) {
    for (const name of names.filter((n) => !n.endsWith(`.${format}`) && !n.startsWith('.'))) {
      stray.push(relative(repoRoot, join(contentRoot, collection, name)));
    }
  }
  return stray;
}
