import type { Paragraph, RootContent } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { embedIdOf, embedLink, RAMME_EMBED_COMPONENT } from '../lib/ramme-embed.ts';

/**
 * Turns each embedded framework – a paragraph directly in the body that is only a link to
 * /rammer/<id>/ – into the component that renders the ramme from its own entry at page build time
 * (RammeIndlejring.astro), so the page always shows the ramme's current title, art and summary.
 * Runs after the content guard: editors never write the component themselves. A malformed embed
 * (KB026) is left as a link. A paragraph visitor; only paragraphs whose parent is the root count.
 */
export const rammeEmbed: MdastPluginDefinition = {
  name: 'vidensbasen-ramme-indlejring',
  paragraph(node, ctx) {
    if (ctx.parent(node)?.type !== 'root') return;
    const link = embedLink(node as Paragraph as RootContent);
    const id = link ? embedIdOf(link) : undefined;
    if (!id) return;
    ctx.replaceNode(node, {
      type: 'mdxJsxFlowElement',
      name: RAMME_EMBED_COMPONENT,
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
      children: [],
    });
  },
};
