import type { FootnoteDefinition, ListItem, Node, Paragraph, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A footnote definition read as a citation: `[^1]: <kilde-id>, <lokator>`, or an empty one. */
export type Citation = { id: string; locator: string | undefined } | { error: 'tom' };

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
  const walk = (children: readonly Node[], quoted: boolean) => {
    for (const child of children) {
      if (child.type === 'footnoteDefinition') continue;
      if (child.type === 'listItem') {
        const item = child as ListItem;
        const own = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
        if (own.length) found.push({ node: item, text: own.map(plainText).join(' '), footnotes: own.flatMap(referencesIn), quoted });
        walk(item.children.filter((c) => c.type !== 'paragraph'), quoted);
      } else if (child.type === 'paragraph') {
        found.push({ node: child as Paragraph, text: plainText(child), footnotes: referencesIn(child), quoted });
      } else if ('children' in child) {
        walk((child as Parent).children, quoted || child.type === 'blockquote');
      }
    }
  };
  walk(tree.children, false);
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
