import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypeExternalLinks } from './rehype-external-links.ts';

/** The remark plugins every Markdown and MDX entry goes through, in order. */
export const remarkPlugins: RemarkPlugins = [];

/** The rehype plugins every Markdown and MDX entry goes through, in order. */
export const rehypePlugins: RehypePlugins = [rehypeExternalLinks];
