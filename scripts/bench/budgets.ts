/**
 * The performance budgets of the built site, and a check of a built site against them. `npm test`
 * runs the check on the real site (tests/build/budgets.test.ts) and on a synthetic corpus large
 * enough to paginate (tests/build/scale.test.ts); the benchmark reports it for every N.
 */
import { readFileSync } from 'node:fs';
import { readerPages } from '../../src/lib/built-site.ts';
import { assetsBeforeInteraction, kindOf } from './measure-dist.ts';

export const BUDGETS = {
  /** CSS a page loads (linked and inline). */
  cssBytes: 15 * 1024,
  /** Web fonts a page can fetch on first view (IBM Plex Sans, Latin, 400 and 600, woff2). */
  fontBytes: 60 * 1024,
  /**
   * HTML of any page but a list page. Entries carry their claim-level citations: each note about
   * 0.5 KB and each reference in the text 0.2 KB; the longest guide (17 notes, 31 references) is 38 KB.
   */
  htmlBytes: 48 * 1024,
  /** HTML of one page of a catalogue or list. */
  listHtmlBytes: 200 * 1024,
  /**
   * JavaScript a content page (home, lists, entries, backlinks) loads before any interaction:
   * at most a small loader that fetches the search or filter code when the reader opens it.
   * Pagefind itself (its JS, worker, WebAssembly, index) is never loaded up front.
   */
  jsBytesBeforeInteraction: 3 * 1024,
  /** Everything on a page outside <main> and the breadcrumbs: header, menu, footer. */
  chromeBytes: 6 * 1024,
  /** Links in that chrome: a menu of sections, never a list of entries. */
  chromeLinks: 25,
} as const;

/**
 * Pages allowed more than BUDGETS.htmlBytes, with the reason. Each is documentation whose size is
 * fixed by the schemas, not by the number of entries; they stay under the list budget.
 */
export const HTML_EXCEPTIONS: Record<string, string> = {
  '/data/': 'beskriver hvert datasæts felter og kolonner; størrelsen følger skemaerne, ikke antallet af poster',
};

/** Pages that are tools rather than content, and may load their own script up front. */
const TOOL_PAGES = new Set(['/soeg/', '/hvilke-rammer-gaelder/']);

/** A content page: where the reader reads, and no JavaScript is wanted until they search or filter. */
export const isContentPage = (path: string) => !TOOL_PAGES.has(path) && (path === '/' || kindOf(path) !== 'other');

/**
 * The shared part of a page: the body without <main> and without the breadcrumbs, with the
 * current-section marker removed, so it should be the same bytes on every page.
 */
export function chromeOf(html: string): string {
  const body = html.slice(html.indexOf('<body'), html.indexOf('</body>'));
  const main = /<main\b[\s\S]*<\/main>/.exec(body)?.[0] ?? '';
  return body
    .replace(main, '')
    .replace(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/, '')
    .replace(/ aria-current="page"/g, '');
}

/**
 * Budget violations of a built site, by budget; empty lists mean the site is within budget. The
 * budgets are for readers' pages: the web editor (Decap CMS, ~5 MB of JavaScript, no site header)
 * is left out, and `npm run bench` reports its bytes instead.
 */
export function checkBudgets(dist: string) {
  const found = { css: [] as string[], fonts: [] as string[], html: [] as string[], js: [] as string[], chrome: [] as string[] };
  const chromes = new Map<string, string>();
  for (const { path, file, bytes } of readerPages(dist)) {
    const html = readFileSync(file, 'utf8');
    const assets = assetsBeforeInteraction(dist, html);
    if (assets.css > BUDGETS.cssBytes) found.css.push(`${path}: ${assets.css} B CSS > ${BUDGETS.cssBytes} B`);
    if (assets.fonts > BUDGETS.fontBytes) found.fonts.push(`${path}: ${assets.fonts} B skrifttyper > ${BUDGETS.fontBytes} B`);
    const limit = kindOf(path) === 'list' || HTML_EXCEPTIONS[path] ? BUDGETS.listHtmlBytes : BUDGETS.htmlBytes;
    if (bytes > limit) found.html.push(`${path}: ${bytes} B HTML > ${limit} B`);
    if (isContentPage(path)) {
      if (assets.js > BUDGETS.jsBytesBeforeInteraction) found.js.push(`${path}: ${assets.js} B JS før interaktion > ${BUDGETS.jsBytesBeforeInteraction} B (${assets.scripts.join(', ')})`);
      if (/<(script|link)\b[^>]*(src|href)="\/pagefind\//.test(html)) found.js.push(`${path}: henter Pagefind, før læseren søger`);
    }
    const chrome = chromeOf(html);
    if (!chromes.has(chrome)) chromes.set(chrome, path);
  }
  for (const [chrome, path] of chromes) {
    const links = (chrome.match(/<a\b/g) ?? []).length;
    if (Buffer.byteLength(chrome) > BUDGETS.chromeBytes) found.chrome.push(`${path}: sidehoved og -fod fylder ${Buffer.byteLength(chrome)} B > ${BUDGETS.chromeBytes} B`);
    if (links > BUDGETS.chromeLinks) found.chrome.push(`${path}: ${links} links i sidehoved og -fod > ${BUDGETS.chromeLinks}`);
  }
  if (chromes.size > 1) found.chrome.push(`sidehoved og -fod er ikke ens på alle sider (${chromes.size} varianter, fx ${[...chromes.values()].slice(0, 3).join(', ')})`);
  return found;
}
