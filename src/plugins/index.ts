import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { remarkContentGuard } from './remark-content-guard.ts';

/** The remark plugins every Markdown and MDX entry goes through, in order. The guard comes first. */
export const remarkPlugins: RemarkPlugins = [remarkContentGuard];

/** The rehype plugins every Markdown and MDX entry goes through, in order. */
export const rehypePlugins: RehypePlugins = [rehypeExternalLinks];
