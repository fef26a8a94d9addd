// @ts-check
// The Starlight reference for `npm run bench -- --starlight`: Starlight with its defaults (its own
// sidebar, Expressive Code, sitemap, Pagefind search run at the end of `astro build`), building the
// same generated MDX corpus as the site. scripts/bench/measure-starlight.ts copies the corpus into
// src/content/docs/ before each build. Its own package.json keeps Starlight out of the main project.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { quietHeadInjectWarnings } from '../../../src/lib/rolldown-log.ts';

export default defineConfig({
  output: 'static',
  cacheDir: process.env['STARLIGHT_CACHE'] ?? '../../../.bench/starlight-cache',
  // The corpus is Danish, as the site's and plain Astro's pages say, so Pagefind indexes it as Danish.
  integrations: [starlight({ title: 'Vidensbasen (Starlight-reference)', locales: { root: { label: 'Dansk', lang: 'da' } } })],
  devToolbar: { enabled: false },
  // Only the log is quieted, with the site's own handler, so all three builds pay the same for logging.
  vite: { build: { rolldownOptions: { onLog: quietHeadInjectWarnings } } },
});
