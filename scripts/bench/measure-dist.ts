/**
 * Measures a built site on disk: pages, HTML bytes (total, median, max), the CSS and JavaScript a
 * page loads before any interaction, and the size of the Pagefind index. Shared by the benchmark
 * and the budget tests, so both count bytes the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../src/schemas/shared/collections.ts';
import { adminBytes } from './admin-bytes.ts';
import { builtPages } from '../../src/lib/built-site.ts';

/** Every HTML page of a built site as [site path, bytes], from the one walker over dist/. */
export const htmlPages = (dist: string): [string, number][] => builtPages(dist).map((page) => [page.path, page.bytes]);

const collections = new Set<string>(COLLECTIONS.keys);

/**
 * Pages that are lists by nature and get the list budget: the decision aid lists every framework,
 * the editorial report lists entries that need work (each section capped at PREVIEW_LIMIT).
 */
const LIST_LIKE = new Set(['/hvilke-rammer-gaelder/', '/redaktion/']);

/**
 * What kind of page a site path is: an entry's page; a list (a collection's list page or one of
 * its pages, an entry's backlinks pages, and the LIST_LIKE pages); or other.
 */
export function kindOf(path: string): 'entry' | 'list' | 'other' {
  const parts = path.split('/').filter(Boolean);
  if (LIST_LIKE.has(path)) return 'list';
  if (!collections.has(parts[0] ?? '')) return 'other';
  if (parts.length === 1 || (parts.length === 3 && parts[1] === 'side')) return 'list';
  if (parts[2] === 'henvisninger' && (parts.length === 3 || (parts.length === 5 && parts[3] === 'side'))) return 'list';
  return parts.length === 2 ? 'entry' : 'other';
}

/**
 * Web fonts a page can fetch on first view: every font file its stylesheets declare in @font-face
 * and every preloaded font, counted once. An upper bound: the browser fetches a face only when text
 * uses it, and both weights are used on every page (body text and headings).
 */
function fontFiles(dist: string, html: string, stylesheets: string[]): Set<string> {
  const files = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*rel="preload"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href && /as="font"/.test(tag)) files.add(href);
  }
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const linked = stylesheets.map((href) => join(dist, href.split('?')[0] ?? '')).filter(existsSync).map((f) => readFileSync(f, 'utf8'));
  for (const css of [...inline, ...linked]) {
    for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/g)) {
      for (const [, url = ''] of face.matchAll(/url\(["']?([^"')]+)["']?\)/g)) if (url.startsWith('/')) files.add(url);
    }
  }
  return files;
}

/** Bytes of CSS, JS and fonts a page fetches or carries before interaction: linked, preloaded and inline. */
export function assetsBeforeInteraction(dist: string, html: string): { css: number; js: number; fonts: number; scripts: string[] } {
  const size = (href: string) => {
    const file = join(dist, href.split('?')[0] ?? '');
    return href.startsWith('/') && existsSync(file) ? statSync(file).size : 0;
  };
  let css = 0;
  let js = 0;
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/rel="stylesheet"/.test(tag)) {
      css += size(href);
      stylesheets.push(href);
    }
    if (/rel="modulepreload"|as="script"/.test(tag)) {
      js += size(href);
      scripts.push(href);
    }
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += Buffer.byteLength(body);
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    js += src ? size(src) : Buffer.byteLength(body);
    scripts.push(src ?? 'inline');
  }
  const fonts = [...fontFiles(dist, html, stylesheets)].reduce((sum, href) => sum + size(href), 0);
  return { css, js, fonts, scripts };
}

/** Total bytes under a folder (0 if it does not exist). */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] as number) : 0;
};

/** The measurements of one built site. */
export function measureDist(dist: string) {
  const pages = htmlPages(dist);
  const ofKind = (kind: string) => pages.filter(([path]) => kindOf(path) === kind);
  const largest = (list: [string, number][]) => list.reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  const entries = ofKind('entry');
  const assets = entries.map(([path]) => assetsBeforeInteraction(dist, readFileSync(join(dist, path, 'index.html'), 'utf8')));
  return {
    pages: pages.length,
    entryPages: entries.length,
    listPages: ofKind('list').length,
    htmlBytes: {
      total: pages.reduce((sum, [, b]) => sum + b, 0),
      median: median(pages.map(([, b]) => b)),
      max: largest(pages)[1],
      maxPage: largest(pages)[0],
      entryMedian: median(entries.map(([, b]) => b)),
      entryMax: largest(entries)[1],
      entryMaxPage: largest(entries)[0],
      listMax: largest(ofKind('list'))[1],
      listMaxPage: largest(ofKind('list'))[0],
    },
    beforeInteraction: {
      cssBytes: Math.max(0, ...assets.map((a) => a.css)),
      jsBytes: Math.max(0, ...assets.map((a) => a.js)),
      fontBytes: Math.max(0, ...assets.map((a) => a.fonts)),
      scripts: [...new Set(assets.flatMap((a) => a.scripts))],
    },
    admin: adminBytes(dist),
    pagefindBytes: {
      total: folderBytes(join(dist, 'pagefind')),
      index: folderBytes(join(dist, 'pagefind/index')),
      fragments: folderBytes(join(dist, 'pagefind/fragment')),
      filters: folderBytes(join(dist, 'pagefind/filter')),
    },
  };
}

export type DistResult = ReturnType<typeof measureDist>;
