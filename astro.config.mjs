// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriOptions } from './src/plugins/index.ts';
import { SITE } from './src/lib/site.ts';
import { astroRedirects } from './src/lib/redirects.ts';
import { pagefindDev } from './src/integrations/pagefind-dev.ts';
import { decapAdmin } from './src/integrations/decap-admin.ts';
import { astroCacheDir } from './scripts/lib/build-cache.ts';
import { withMdxCache } from './scripts/lib/mdx-cache.ts';
import { contentRoot } from './src/lib/content-files.ts';
import { quietHeadInjectWarnings } from './src/lib/rolldown-log.ts';

// scripts/build.mjs turns on the compiled-MDX cache (scripts/lib/mdx-cache.ts) with the key it
// checked; `astro dev`, `astro check` and direct `astro build` runs compile every entry.
const mdxCacheDir = process.env['VIDENSBASEN_MDX_CACHE_DIR'];
const mdxCacheKey = process.env['VIDENSBASEN_MDX_CACHE_KEY'];
// Sätteri, Astro 7's own Markdown processor, renders with our plugins as visitors (src/plugins/).
const processor = satteri(satteriOptions);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE.url,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A build of another corpus (the benchmark, the scale test) keeps its own content cache, so it
  // never leaves entries in the cache that `astro check` and `astro dev` read for content/.
  // scripts/build.mjs reads the same folder to decide whether the cache may be kept.
  cacheDir: astroCacheDir(import.meta.dirname),
  // Old addresses of renamed entries keep working (content/omdirigeringer.yaml, written by npm run flyt).
  redirects: astroRedirects(contentRoot(import.meta.dirname)),
  markdown: {
    // Sätteri's smart punctuation is off (src/plugins/index.ts): src/plugins/typography.ts owns the Danish typography.
    smartypants: false,
    processor: mdxCacheDir && mdxCacheKey ? withMdxCache(processor, { dir: mdxCacheDir, key: mdxCacheKey, contentRoot: contentRoot(import.meta.dirname) }) : processor,
    syntaxHighlight: false,
  },
  integrations: [
    mdx({ optimize: true }),
    // /admin/ is the web editor, an editor tool with noindex: never in the sitemap.
    sitemap({ filter: (page) => !page.includes('/redaktion/') && !page.includes('/admin/') }),
    pagefindDev(),
    decapAdmin(),
  ],
  security: {
    csp: {
      // Pagefind runs WebAssembly; without 'wasm-unsafe-eval' search breaks (docs/sikkerhed.md, R10–R12).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "worker-src 'self'"],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog: quietHeadInjectWarnings,
        output: {
          codeSplitting: {
            groups: [
              {
                name: (id) => /[\\/]([a-z]+)[\\/][^\\/]+\.mdx(\?|$)/.exec(id)?.[1] ?? null,
                test: /\.mdx(\?|$)/,
                maxSize: 256 * 1024,
              },
            ],
          },
        },
      },
    },
  },
});
