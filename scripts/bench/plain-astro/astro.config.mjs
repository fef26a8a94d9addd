// @ts-check
// The plain-Astro reference for `npm run bench`: one collection, MDX with Astro's defaults, no
// remark/rehype plugins, no integrations beyond MDX. It builds the same generated corpus as the
// site, so the bench can show what the site adds. Its content cache lives under .bench/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { quietHeadInjectWarnings } from '../../../src/lib/rolldown-log.ts';

// PLAIN_ASTRO_PROCESSOR=unified swaps Astro 7's default Markdown processor (Sätteri, native) for the
// JavaScript remark/rehype pipeline the site needs for its plugins – still with no plugins – so the
// bench can tell the processor's cost from the plugins' cost.
const processor = process.env['PLAIN_ASTRO_PROCESSOR'] === 'unified' ? { markdown: { processor: unified() } } : {};

export default defineConfig({
  output: 'static',
  cacheDir: process.env['PLAIN_ASTRO_CACHE'] ?? '../../../.bench/plain-astro-cache',
  ...processor,
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Only the log is quieted, with the site's own handler, so both builds pay the same for logging.
  vite: { build: { rolldownOptions: { onLog: quietHeadInjectWarnings } } },
});
