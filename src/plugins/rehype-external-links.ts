import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Text appended (visually hidden) to links that leave the site, so screen readers hear it. */
export const EXTERNAL_LINK_NOTE = '(ekstern side)';

/**
 * Marks links to other sites: `rel="external noopener"`, a class for the arrow icon and a
 * visually hidden note. Internal links (root-relative, `#…`) are left as they are.
 */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      node.properties['rel'] = ['external', 'noopener'];
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      node.properties['className'] = [...classes, 'ekstern'];
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: ` ${EXTERNAL_LINK_NOTE}` }],
      });
    });
  };
}
