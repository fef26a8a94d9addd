// @ts-check
// The plain-Astro reference for `npm run bench`: one collection, MDX with Astro's defaults, no
// remark/rehype plugins, no integrations beyond MDX. It builds the same generated corpus as the
// site, so the bench can show what the site adds. Its content cache lives under .bench/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

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
  // Only the log is quieted, as in the site's config: Rolldown warns once per MDX file about Astro's
  // "use astro:head-inject" directive (withastro/astro#18087), and printing that costs time.
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
