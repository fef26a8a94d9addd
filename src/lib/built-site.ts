import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The one walker over a built site (dist/): the link check, the budgets, the benchmark, the URL
 * manifest, the build tests and the before/after comparison all list pages through it, so they
 * agree on what a page is.
 */

/** Folders that hold no pages: Astro's hashed assets and Pagefind's search index. */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/**
 * /admin/, the web editor (Decap CMS): an editor tool, not a reader page. It is a large React app
 * with its own CSP, noindex, outside the sitemap and the search index. Checks of what readers get
 * (CSP, budgets, link integrity of the reader's pages) leave it out by this name.
 */
export const EDITOR_TOOL_PAGE = '/admin/';

/** One built HTML page. */
export interface BuiltPage {
  /** Site path: `/`, `/om/`, `/404.html`. */
  path: string;
  /** Absolute path of the file on disk. */
  file: string;
  /** Size of the file in bytes. */
  bytes: number;
}

/** The site path an HTML file is served at: `om/index.html` → `/om/`, `404.html` → `/404.html`. */
const sitePathOf = (relativeFile: string) => `/${relativeFile.split(sep).join('/')}`.replace(/index\.html$/, '');

/** Every file of a built site, relative to `dist` with `/` separators, sorted. */
export function builtFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dist, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page of a built site, sorted by site path; `_astro/` and `pagefind/` are skipped. */
export function builtPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === dist && NOT_PAGES.has(entry.name))) walk(file);
      } else if (entry.name.endsWith('.html')) {
        pages.push({ path: sitePathOf(relative(dist, file)), file, bytes: statSync(file).size });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every page a reader gets: all built pages but the editor tool. */
export const readerPages = (dist: string): BuiltPage[] => builtPages(dist).filter((page) => page.path !== EDITOR_TOOL_PAGE);
