import type { HastPluginDefinition } from 'satteri';

/** Text appended (visually hidden) to links that leave the site, so screen readers hear it. */
export const EXTERNAL_LINK_NOTE = '(ekstern side)';

/**
 * Marks links to other sites: `rel="external noopener"`, a class for the arrow icon and a
 * visually hidden note. Internal links (root-relative, `#…`) are left as they are. Sätteri hands
 * this visitor the `<a>` elements only.
 */
export const externalLinks: HastPluginDefinition = {
  name: 'vidensbasen-eksterne-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties['href'];
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      ctx.setProperty(node, 'rel', ['external', 'noopener']);
      ctx.setProperty(node, 'className', [...classes, 'ekstern']);
      ctx.appendChild(node, { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` ${EXTERNAL_LINK_NOTE}` }] });
    },
  },
};
