import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { UI } from '../lib/ui.ts';

/**
 * Finishes the footnotes remark-rehype made: the superscript number in the text gets a name a
 * screen reader can say ("Kilde 1", which contains the visible "1"), and the notes section is
 * kept out of search excerpts, which should show the article's own words.
 */
export function rehypeCitations() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined) {
        node.properties['ariaLabel'] = UI.citations.reference(toText(node).trim());
      } else if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) {
        node.properties['dataPagefindIgnore'] = '';
        node.properties['className'] = ['kildehenvisninger'];
      }
    });
  };
}
