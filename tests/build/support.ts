import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The built site the build tests read. */
export const DIST = resolve(import.meta.dirname, '../../dist');

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ mangler: byg sitet med "npm run build", før build-testene køres.');
}

/**
 * /admin/, the web editor (Decap CMS): an editor tool, not a reader page. It is a 5 MB React app
 * with its own CSP, noindex, outside the sitemap and Pagefind; tests/build/admin.test.ts checks it.
 * Tests about what readers get (the site's CSP, budgets, link integrity) leave it out by name.
 */
export const EDITOR_TOOL_PAGE = '/admin/';

/** Every HTML page in dist/, as site paths like `/organisationer/hjerteforeningen/`. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(DIST, path)}`.replace(/index\.html$/, '');
        pages.push(rel);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** Every page a reader gets: all built pages but the editor tool. */
export const readerPages = (): string[] => builtPages().filter((page) => page !== EDITOR_TOOL_PAGE);

/** The HTML of a built page by its site path. */
export function readPage(path: string): string {
  const file = /\.[a-z]+$/.test(path) ? path : join(path, 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}
