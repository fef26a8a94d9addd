import type { BlockContent, FootnoteDefinition, ListItem, Node, Paragraph, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A footnote definition read as a citation: `[^1]: <kilde-id>, <lokator>`. */
export type Citation = { id: string; locator: string } | { id: string; locator: undefined } | { error: 'tom' };

/** A source id as the file names in content/kilder/ are written: lower case, digits and hyphens. */
const SOURCE_ID = /^[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*$/;

/**
 * Splits the text of a footnote definition into the source id and the locator. The id is
 * everything before the first comma; the locator is the rest, trimmed. A definition without a
 * comma is an id without a locator.
 */
export function parseCitation(text: string): Citation {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return { error: 'tom' };
  const comma = trimmed.indexOf(',');
  const id = (comma < 0 ? trimmed : trimmed.slice(0, comma)).trim();
  const locator = comma < 0 ? '' : trimmed.slice(comma + 1).trim();
  return { id, locator: locator || undefined };
}

/** True when `id` is written like a source id (so messages can tell a typo from prose). */
export const looksLikeSourceId = (id: string) => SOURCE_ID.test(id);

/** The footnote definitions of a body, by identifier (as remark normalises it). */
export function footnoteDefinitions(tree: Root): Map<string, FootnoteDefinition> {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    definitions.set(node.identifier, node);
  });
  return definitions;
}

/** One unit the claim rules judge: a paragraph, or a list item's own paragraphs together. */
export interface Claim {
  node: Paragraph | ListItem;
  /** The plain text, footnote references left out. */
  text: string;
  /** Identifiers of the footnotes referenced in it. */
  footnotes: string[];
  /** Inside a blockquote. */
  quoted: boolean;
}

/** The identifiers of the footnote references under `node`. */
function referencesIn(node: Node): string[] {
  const found: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'footnoteReference') found.push((n as { identifier: string } & Node).identifier);
    if ('children' in n) for (const child of (n as Parent).children) walk(child);
  };
  walk(node);
  return found;
}

/**
 * The paragraphs and list items of a body, outside footnote definitions: each paragraph on its
 * own, except that the paragraphs directly in a list item count as one claim (the item).
 */
export function claims(tree: Root): Claim[] {
  const found: Claim[] = [];
  const walk = (node: Parent, quoted: boolean) => {
    for (const child of node.children as Node[]) {
      if (child.type === 'footnoteDefinition') continue;
      if (child.type === 'listItem') {
        const item = child as ListItem;
        const own = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
        if (own.length) found.push({ node: item, text: own.map(plainText).join(' '), footnotes: own.flatMap(referencesIn), quoted });
        walk({ type: 'root', children: item.children.filter((c) => c.type !== 'paragraph') as BlockContent[] } as Parent, quoted);
      } else if (child.type === 'paragraph') {
        found.push({ node: child as Paragraph, text: plainText(child as Paragraph), footnotes: referencesIn(child), quoted });
      } else if ('children' in child) {
        walk(child as Parent, quoted || child.type === 'blockquote');
      }
    }
  };
  walk(tree, false);
  return found;
}

/** The text a reader sees, without footnote references. */
export const plainText = (node: Node) => toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();

/** A quote in Danish quotation marks: „…" (closed by " “ or ”). */
const QUOTE = /„([^„"“”]+)["“”]/g;

/** The quoted passages of a text, without the quotation marks. */
export const quotesIn = (text: string): string[] => [...text.matchAll(QUOTE)].map((m) => (m[1] ?? '').trim()).filter(Boolean);

/** The text with every „…" quote removed, so copied-run checks see only the editor's own words. */
export const withoutQuotes = (text: string) => text.replace(QUOTE, ' … ');
