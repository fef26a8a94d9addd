import type { Root, RootContent } from 'mdast';
import { embedIdOf, embedLink, RAMME_EMBED_COMPONENT } from '../lib/ramme-embed.ts';

/**
 * Turns each embedded framework – a paragraph that is only a link to /rammer/<id>/ – into the
 * component that renders the ramme from its own entry at page build time (RammeIndlejring.astro),
 * so the page always shows the ramme's current title, art and summary. Runs after the content
 * guard: editors never write the component themselves. A malformed embed (KB026) is left as a link.
 */
export function remarkRammeEmbed() {
  return (tree: Root) => {
    tree.children = tree.children.map((child): RootContent => {
      const link = embedLink(child);
      const id = link ? embedIdOf(link) : undefined;
      if (!id) return child;
      return {
        type: 'mdxJsxFlowElement',
        name: RAMME_EMBED_COMPONENT,
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
        children: [],
        ...(child.position ? { position: child.position } : {}),
      } as RootContent;
    });
  };
}
