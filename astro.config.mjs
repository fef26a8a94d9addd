// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
import { SITE } from './src/lib/site.ts';
import { astroRedirects } from './src/lib/redirects.ts';
import { pagefindDev } from './src/integrations/pagefind-dev.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE.url,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Old addresses of renamed entries keep working (content/omdirigeringer.yaml, written by npm run flyt).
  redirects: astroRedirects(process.env['VIDENSBASEN_CONTENT'] ?? './content'),
  // Astro 7's default processor (Sätteri) ignores remark/rehype plugins; ours must run.
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins }),
    syntaxHighlight: false,
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/redaktion/') }),
    pagefindDev(),
  ],
  security: {
    csp: {
      // Pagefind runs WebAssembly; without 'wasm-unsafe-eval' search breaks (security-findings R10–R12).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "worker-src 'self'"],
    },
  },
  devToolbar: { enabled: false },
});
