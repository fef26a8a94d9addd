import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { COLLECTIONS } from '../../schemas/shared/collections.ts';

/** What a link to an entry page can land on. */
export interface EntryTarget {
  status: string;
  /** Ids a `#fragment` may name: the body's heading ids, as Astro makes them. */
  anchors: ReadonlySet<string>;
}

/** Every address the built site will answer, known before building it. */
export interface SiteIndex {
  /** `collection/id` → the entry. */
  entries: ReadonlyMap<string, EntryTarget>;
  /** Page routes from src/pages, as path segments (`[samling]` etc. kept as written). */
  routes: readonly (readonly string[])[];
  /** Files served from public/ and endpoint files, e.g. `/favicon.svg`, `/robots.txt`. */
  files: ReadonlySet<string>;
  /** Old address → new address (content/omdirigeringer.yaml). */
  redirects: ReadonlyMap<string, string>;
}

export type LinkTarget =
  | { kind: 'entry'; key: string; target: EntryTarget }
  | { kind: 'page' }
  | { kind: 'file' }
  | { kind: 'redirect'; to: string };

/** Ids every page has besides its headings: the main landmark the skip link points at. */
const PAGE_IDS = ['indhold'];

/** Heading ids as Astro gives them: github-slugger over each heading's text, one slugger per page. */
export function headingAnchors(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set(PAGE_IDS);
  visit(tree, 'heading', (node: Heading) => {
    anchors.add(slugger.slug(toString(node)));
  });
  return anchors;
}

/** Routes of the pages under `pagesDir`: `om.astro` → ['om'], `[samling]/index.astro` → ['[samling]']. */
export function pageRoutes(pagesDir: string): { routes: string[][]; files: string[] } {
  const routes: string[][] = [];
  const files: string[] = [];
  if (!existsSync(pagesDir)) return { routes, files };
  for (const name of readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const match = /^(.*)\.(astro|md|mdx|ts|js)$/.exec(name);
    if (!match || name.split(sep).some((part) => part.startsWith('_'))) continue;
    const segments = (match[1] ?? '').split(sep);
    if (segments.at(-1) === 'index') segments.pop();
    if (segments.join('/') === '404') continue;
    // An endpoint named like a file (robots.txt.ts) serves that file, not a directory page.
    if (/\.[a-z0-9]+$/i.test(segments.at(-1) ?? '') && !segments.at(-1)?.startsWith('[')) files.push(`/${segments.join('/')}`);
    else routes.push(segments);
  }
  return { routes, files };
}

/** Files served as they are from public/. */
export function publicFiles(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `/${relative(publicDir, join(d.parentPath, d.name)).split(sep).join('/')}`);
}

const isCollection = (segment: string) => (COLLECTIONS.keys as readonly string[]).includes(segment);

function matches(route: readonly string[], segments: readonly string[]): boolean {
  if (route.at(-1)?.startsWith('[...')) return segments.length >= route.length - 1 && route.slice(0, -1).every((r, i) => matches([r], [segments[i] ?? '']));
  if (route.length !== segments.length) return false;
  return route.every((part, i) => {
    const segment = segments[i] ?? '';
    if (part === '[samling]') return isCollection(segment);
    return part.startsWith('[') || part === segment;
  });
}

/**
 * Resolves a root-relative path (no query or fragment), e.g. `/organisationer/hjerteforeningen/`.
 * Redirect sources are reported as redirects, so a link can be pointed at the new address.
 */
export function resolvePath(site: SiteIndex, path: string): LinkTarget | undefined {
  const redirect = site.redirects.get(path);
  if (redirect) return { kind: 'redirect', to: redirect };
  if (site.files.has(path)) return { kind: 'file' };
  const segments = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const key = segments.join('/');
  const target = segments.length === 2 ? site.entries.get(key) : undefined;
  if (target) return { kind: 'entry', key, target };
  // The entry route matches any id, so it only counts through the entries themselves.
  const isEntryRoute = (route: readonly string[]) => route.length === 2 && route[0] === '[samling]' && route[1]?.startsWith('[');
  return site.routes.some((route) => !isEntryRoute(route) && matches(route, segments)) ? { kind: 'page' } : undefined;
}
