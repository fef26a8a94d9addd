import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { citations, citationsHast, FOOTNOTES } from './citations.ts';
import { contentGuard } from './content-guard.ts';
import { externalLinks } from './external-links.ts';
import { rammeEmbed } from './ramme-embed.ts';
import { typography } from './typography.ts';

/**
 * The mdast plugins every Markdown and MDX entry goes through, in order (Sätteri runs each as
 * visitors on the node types it names). The guard comes first and reads the tree as the editor
 * wrote it. Embedded frameworks become their component after that. Citations are rendered before
 * the typography pass, so quotes in a locator become Danish ones.
 */
export const mdastPlugins = [contentGuard(), rammeEmbed, citations(), typography];

/** The hast plugins, in order. Sätteri runs them before Astro gives headings their ids. */
export const hastPlugins = [citationsHast, externalLinks];

/**
 * Sätteri's features: GFM with Danish footnotes, and no smart punctuation of Sätteri's own (it
 * makes English quotes; src/plugins/typography.ts owns the Danish typography).
 */
export const features = {
  gfm: { footnotes: FOOTNOTES },
  // An object, not `false`: @astrojs/mdx lets `markdown.smartypants` (true by default) win over a boolean.
  smartPunctuation: { quotes: false, dashes: false, ellipses: false },
} satisfies SatteriProcessorOptions['features'];

/** The options of `satteri()` in astro.config.mjs. */
export const satteriOptions: SatteriProcessorOptions = { mdastPlugins, hastPlugins, features };
