import { isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { COLLECTION_DEFINITIONS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { parseMdx } from './lint/mdx.ts';
import { fieldDocs, frontmatterJsonSchema } from './schema-doc.ts';
import { visit } from 'unist-util-visit';

/** An entry named by its collection and id. */
export interface EntryName {
  collection: CollectionName;
  id: string;
}

/**
 * Reads `content/organisationer/navn.mdx`, `organisationer/navn` or `/organisationer/navn/`
 * as an entry name, or undefined if it names none.
 */
export function parseEntryName(text: string): EntryName | undefined {
  const parts = text.replace(/\.(mdx|yaml)$/, '').split('/').filter((p) => p && p !== 'content');
  const [collection, id] = parts.slice(-2);
  if (parts.length < 2 || !collection || !id || !(COLLECTIONS.keys as readonly string[]).includes(collection)) return undefined;
  return { collection: collection as CollectionName, id };
}

/** The frontmatter paths in each collection that reference entries of `target`, e.g. `relateret.rammer`. */
export function referencePaths(target: CollectionName): Map<CollectionName, string[][]> {
  const paths = new Map<CollectionName, string[][]>();
  for (const collection of COLLECTIONS.keys) {
    const rows = fieldDocs(frontmatterJsonSchema(collection)).filter((row) => row.reference === target);
    if (rows.length) paths.set(collection, rows.map((row) => row.path.split('.')));
  }
  return paths;
}

/** Replaces text ranges (absolute offsets) from the end, so earlier offsets stay valid. */
function replaceRanges(source: string, ranges: [number, number][], text: string): string {
  return [...ranges].sort((a, b) => b[0] - a[0]).reduce((out, [from, to]) => out.slice(0, from) + text + out.slice(to), source);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Points references in one file's frontmatter (or YAML) and links in its body from `from` to
 * `to`, touching only those characters so formatting and comments stay as the editor wrote them.
 */
export function renameInSource(source: string, collection: CollectionName, from: EntryName, to: EntryName): { text: string; changes: number } {
  const isMdx = COLLECTION_DEFINITIONS[collection].format === 'mdx';
  const match = isMdx ? FRONTMATTER.exec(source) : null;
  const yamlText = isMdx ? (match?.[1] ?? '') : source;
  const yamlStart = isMdx ? 4 : 0;
  const ranges: [number, number][] = [];
  const doc = parseDocument(yamlText);
  for (const path of referencePaths(from.collection).get(collection) ?? []) {
    const node = doc.getIn(path, true) as Node | undefined;
    for (const item of isSeq(node) ? node.items : [node]) {
      if (isScalar(item) && item.value === from.id && item.range) ranges.push([yamlStart + item.range[0], yamlStart + item.range[1]]);
    }
  }
  let text = replaceRanges(source, ranges, to.id);
  let changes = ranges.length;
  if (isMdx && match) {
    const bodyStart = (FRONTMATTER.exec(text)?.[0] ?? '').length;
    const body = text.slice(bodyStart);
    const parsed = parseMdx(body);
    if ('tree' in parsed) {
      const old = new RegExp(`/${from.collection}/${from.id}(?![a-z0-9-])`, 'g');
      const slices: [number, number][] = [];
      visit(parsed.tree, (node) => {
        if ((node.type === 'link' || node.type === 'definition') && old.test(node.url) && node.position) {
          slices.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
        }
        old.lastIndex = 0;
      });
      let newBody = body;
      for (const [start, end] of slices.sort((a, b) => b[0] - a[0])) {
        const slice = newBody.slice(start, end);
        const replaced = slice.replace(old, `/${to.collection}/${to.id}`);
        changes += slice === replaced ? 0 : 1;
        newBody = newBody.slice(0, start) + replaced + newBody.slice(end);
      }
      text = text.slice(0, bodyStart) + newBody;
    }
  }
  return { text, changes };
}
