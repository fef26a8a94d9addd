import type { RehypePlugins, RemarkPlugins, RemarkRehype } from '@astrojs/markdown-remark';
import { UI } from '../lib/ui.ts';
import { rehypeCitations } from './rehype-citations.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkContentGuard } from './remark-content-guard.ts';
import { remarkRammeEmbed } from './remark-ramme-embed.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';

/**
 * The remark plugins every Markdown and MDX entry goes through, in order. The guard comes first.
 * Citations are rendered before the punctuation pass, so quotes in a locator become typographic.
 * Astro's own SmartyPants is switched off in astro.config.mjs; remarkSmartPunctuation does the
 * same job, much faster. Embedded frameworks become their component after the guard has read the
 * tree as the editor wrote it.
 */
export const remarkPlugins: RemarkPlugins = [remarkContentGuard, remarkRammeEmbed, remarkCitations, remarkSmartPunctuation];

/** The rehype plugins every Markdown and MDX entry goes through, in order. */
export const rehypePlugins: RehypePlugins = [rehypeCitations, rehypeExternalLinks];

/** Footnotes in Danish: a visible heading over the notes and Danish names for the back links. */
export const remarkRehype: RemarkRehype = {
  footnoteLabel: UI.citations.heading,
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['kildehenvisninger-titel'] },
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => UI.citations.back(referenceIndex + 1, rereferenceIndex),
};
