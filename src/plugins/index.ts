import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { remarkContentGuard } from './remark-content-guard.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';

/**
 * The remark plugins every Markdown and MDX entry goes through, in order. The guard comes first.
 * Astro's own SmartyPants is switched off in astro.config.mjs; remarkSmartPunctuation does the
 * same job, much faster.
 */
export const remarkPlugins: RemarkPlugins = [remarkContentGuard, remarkSmartPunctuation];

/** The rehype plugins every Markdown and MDX entry goes through, in order. */
export const rehypePlugins: RehypePlugins = [rehypeExternalLinks];
