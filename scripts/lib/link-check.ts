/**
 * Integrity check of a built site (dist/): every internal link, form target, image and #anchor
 * resolves, every image has a source, and no page is empty. Reads the HTML only; runs nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { builtPages, EDITOR_TOOL_PAGE } from '../../src/lib/built-site.ts';

/** One problem, with the page it is on (a site path like `/organisationer/`). */
export interface SiteProblem {
  page: string;
  message: string;
}

interface ParsedPage {
  path: string;
  tree: Root;
  ids: Set<string>;
}

/** The file a site path is served from, or undefined (same rules as scripts/serve.mjs and static hosts). */
export function fileForPath(dist: string, sitePath: string): string | undefined {
  const decoded = decodeURIComponent(sitePath);
  const candidates = extname(decoded) ? [decoded] : [join(decoded, 'index.html')];
  for (const candidate of candidates) {
    const file = join(dist, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

function parse(dist: string, path: string): ParsedPage {
  const file = path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  visit(tree, 'element', (el: Element) => {
    if (typeof el.properties['id'] === 'string') ids.add(el.properties['id']);
    // <a name="…"> is an old but valid fragment target.
    if (el.tagName === 'a' && typeof el.properties['name'] === 'string') ids.add(el.properties['name']);
  });
  return { path, tree, ids };
}

/** The URL-bearing attributes checked, per element. */
const URL_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', img: 'src', script: 'src', form: 'action', source: 'src', iframe: 'src' };

/** Internal site path + fragment of a URL found on `page`, or undefined for an external URL. */
function internalTarget(raw: string, page: string, siteOrigin: string): { path: string; hash: string } | undefined {
  if (/^(mailto|tel|data):/i.test(raw)) return undefined;
  const base = new URL(page, siteOrigin);
  const url = new URL(raw, base);
  if (url.origin !== new URL(siteOrigin).origin) return undefined;
  return { path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Pages whose content is drawn by JavaScript, with the reason: the empty-page check does not apply
 * to them (their links are still checked). /admin/ is the web editor; Decap renders into its <main>.
 */
export const APP_SHELLS: Record<string, string> = {
  [EDITOR_TOOL_PAGE]: 'webeditoren (Decap CMS) tegner sin brugerflade med JavaScript i <main id="nc-root">',
};

/** A meta-refresh redirect page's target, if the page is one (Astro writes these for `redirects`). */
function redirectTarget(tree: Root): string | undefined {
  let target: string | undefined;
  visit(tree, 'element', (el: Element) => {
    const equiv = el.properties['httpEquiv'];
    const equivText = Array.isArray(equiv) ? equiv.join(' ') : equiv;
    if (el.tagName === 'meta' && String(equivText).toLowerCase() === 'refresh') {
      target = /url=(.+)$/i.exec(String(el.properties['content']))?.[1]?.trim();
    }
  });
  return target;
}

/**
 * Checks a built site. `siteOrigin` is the configured site URL: absolute links to it (canonical
 * links, sitemap links) count as internal and must resolve too.
 */
export function checkSite(dist: string, siteOrigin: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const parsed = new Map<string, ParsedPage>();
  const pageAt = (file: string): ParsedPage => {
    const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    let page = parsed.get(path);
    if (!page) parsed.set(path, (page = parse(dist, path)));
    return page;
  };

  for (const { path, file } of builtPages(dist)) {
    const page = pageAt(file);
    const report = (message: string) => problems.push({ page: path, message });
    const redirect = redirectTarget(page.tree);

    if (redirect) {
      // A generated redirect stub: only its target matters (its canonical link repeats it).
      const target = internalTarget(redirect, path, siteOrigin);
      if (target && !fileForPath(dist, target.path)) report(`omdirigerer til ${redirect}, som ikke findes`);
      continue;
    }
    if (!APP_SHELLS[path]) checkNotEmpty(page, report);

    visit(page.tree, 'element', (el: Element) => {
      if (el.tagName === 'img' && !String(el.properties['src'] ?? '').trim()) report('et billede (<img>) har ingen kilde (src)');
      const attribute = URL_ATTRIBUTES[el.tagName];
      const raw = attribute ? el.properties[attribute] : undefined;
      if (typeof raw !== 'string' || raw === '') return;
      if (/^javascript:/i.test(raw.trim())) return void report(`<${el.tagName}> peger på en javascript:-adresse`);
      const target = internalTarget(raw, path, siteOrigin);
      if (!target) return;
      const file = fileForPath(dist, target.path);
      if (!file) return void report(`<${el.tagName}> peger på ${raw}, som ikke findes`);
      if (target.hash && file.endsWith('.html') && !pageAt(file).ids.has(target.hash)) {
        report(`<${el.tagName}> peger på ${raw}, men siden har intet element med id="${target.hash}"`);
      }
    });
  }
  return problems;
}

/** A page must have a main landmark with a first-level heading and some text under it. */
function checkNotEmpty(page: ParsedPage, report: (message: string) => void) {
  let main: Element | undefined;
  visit(page.tree, 'element', (el: Element) => {
    if (el.tagName === 'main') main = el;
  });
  if (!main) return report('siden har intet <main>-element');
  let h1 = 0;
  visit(main, 'element', (el: Element) => void (el.tagName === 'h1' && h1++));
  if (h1 !== 1) report(`siden skal have præcis én <h1> i <main>, men har ${h1}`);
  if (toText(main).trim().length < 40) report('siden er tom eller næsten tom (under 40 tegn tekst i <main>)');
}
