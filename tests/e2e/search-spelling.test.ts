import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOEG } from '../../src/lib/ui.ts';
import { useSite } from './support/fixture.ts';
import { published, watchedPage } from './support/search.ts';
import { axeViolationsIn, type SearchState } from './support/site.ts';

/**
 * The search that understands Danish, in the browser: æ/ø/å typed as ae/oe/aa, "Mente du …?" by
 * keyboard and in the live status, highlights on arrival (under the site CSP), the catalogues' text
 * search, and axe for each new state.
 */
const site = useSite();
let page: Page;
let requests: string[];
let violations: string[];

beforeAll(async () => {
  ({ page, requests, violations } = await watchedPage(site.browser));
});

const header = '[data-soeg-header]';
const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('href') ?? document.activeElement?.id ?? '');

describe('Danish spellings, "Mente du …?" and highlights', () => {
  const statusLinks = () => page.$$eval('[data-resultat-status] a[data-forslag]', (as) => as.map((a) => a.textContent));

  it('finds the entries, not the editors’ field reference, for a word typed with oe', async () => {
    await page.goto(`${site.url}/soeg/?q=boerneattest`);
    await page.waitForSelector('[data-soeg-resultater]:not([aria-busy]) .treff');
    const urls = await page.$$eval('[data-soeg-resultater] > li .treff-titel a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.slice(0, 3)).toContain('/rammer/boerneattest-ved-kontakt-med-boern/');
    expect(urls.filter((u) => u.startsWith('/bidrag/') || u.startsWith('/redaktion/'))).toEqual([]);
  });

  it('offers the site’s own word for a typo, in the status, reachable by Tab; the link runs that search', async () => {
    await page.goto(`${site.url}/soeg/?q=hjerteforningen`);
    await page.waitForSelector('form[data-soegeside][data-klar]');
    await page.waitForSelector('[data-resultat-status] a[data-forslag]');
    expect(await statusLinks()).toContain('hjerteforeningen');
    expect(await page.textContent('[data-resultat-status]')).toContain(`${SOEG.didYouMean} hjerteforeningen`);
    await page.focus('#soeg-q');
    for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-forslag'))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('hjerteforeningen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/soeg/?q=hjerteforeningen');
    await page.waitForFunction(() => /for "hjerteforeningen"/.test(document.querySelector('[data-resultat-status]')?.textContent ?? ''));
    expect(await focused()).toBe('soeg-q');
    expect(await page.$$eval('[data-soeg-resultater] > li .treff-titel a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain('/organisationer/hjerteforeningen/');
  });

  it('offers it in the header search too, announced and first under arrow down', async () => {
    await page.goto(`${site.url}/tilbud/`);
    await page.keyboard.press('/');
    await page.keyboard.type('hjerteforningen');
    await page.waitForSelector(`${header} [data-soeg-popup]:not([hidden]) a[data-forslag]`);
    expect(await page.textContent(`${header} [data-soeg-status]`)).toContain(`${SOEG.didYouMean} hjerteforeningen`);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('hjerteforeningen');
  });

  it('highlights the search words on the page a result opens, with the site’s own styles', async () => {
    requests.length = 0;
    await page.goto(`${site.url}/soeg/?q=kraeftens`);
    await page.waitForSelector('[data-soeg-resultater]:not([aria-busy]) .treff');
    const link = page.locator('[data-soeg-resultater] > li .treff-titel a').first();
    expect(await link.getAttribute('href')).toMatch(/[?&]fremhaev=kr%C3%A6ftens/);
    await Promise.all([page.waitForURL('**fremhaev=*'), link.click()]);
    await page.waitForSelector('main mark.pagefind-highlight');
    const marked = await page.$$eval('main mark.pagefind-highlight', (ms) => ms.map((m) => m.textContent?.toLocaleLowerCase('da')));
    expect(marked.some((m) => m?.startsWith('kræftens'))).toBe(true);
    expect(await page.$$eval('head style', (ss) => ss.length)).toBe(0);
    expect(requests).toContain('/pagefind/pagefind-highlight.js');
  });

  it('does not load the highlighter on a page opened without search words', async () => {
    requests.length = 0;
    await page.goto(`${site.url}/organisationer/kraeftens-bekaempelse/`);
    expect(requests.some((p) => p.includes('pagefind'))).toBe(false);
    expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
  });
});

describe('the catalogues’ text search', () => {
  const visibleCards = () => page.$$eval('li.card[data-facetter]:not([hidden]) a', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);

  it('narrows the list with the site search, spellings included, and keeps the text in the URL', async () => {
    await page.goto(`${site.url}/organisationer/?q=kraeftens`);
    await page.waitForSelector('details[data-katalog][data-started]');
    await page.waitForFunction(() => /^Viser \d+ af \d+ for "kraeftens"/.test(document.querySelector('[data-katalog-status]')?.textContent ?? ''));
    expect(await visibleCards()).toContain('/organisationer/kraeftens-bekaempelse/');
    expect(await visibleCards()).not.toContain('/organisationer/headspace/');
    expect(await page.inputValue('#katalog-q')).toBe('kraeftens');
  });

  it('finds a compound by its part and suggests the site’s word for a typo', async () => {
    await page.fill('#katalog-q', 'forening');
    await page.press('#katalog-q', 'Enter');
    await page.waitForURL('**/organisationer/?q=forening');
    await page.waitForFunction(() => /^Viser \d+ af \d+ for "forening"/.test(document.querySelector('[data-katalog-status]')?.textContent ?? ''));
    expect(await visibleCards()).toContain('/organisationer/hjerteforeningen/');
    await page.fill('#katalog-q', 'hjerteforningen');
    await page.press('#katalog-q', 'Enter');
    await page.waitForSelector('[data-katalog-status] a[data-forslag]');
    await page.click('[data-katalog-status] a[data-forslag]');
    await page.waitForURL('**/organisationer/?q=hjerteforeningen*');
    await page.waitForFunction(() => /for "hjerteforeningen/.test(document.querySelector('[data-katalog-status]')?.textContent ?? ''));
    expect(await page.inputValue('#katalog-q')).toMatch(/^hjerteforeningen/);
    expect(await visibleCards()).toContain('/organisationer/hjerteforeningen/');
  });

  it('lists every entry without JavaScript', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${site.url}/organisationer/?q=kraeftens`);
    const all = published('organisationer').map((e) => e.url).sort();
    expect([...new Set(await p.$$eval('li.card a', (as) => as.map((a) => a.getAttribute('href'))))].sort()).toEqual(all);
    expect(await p.isVisible('#katalog-q')).toBe(false);
    await noJs.close();
  });
});

describe('accessibility and CSP of the new states (axe, WCAG 2.1 AA)', () => {
  it.each<SearchState>([
    { name: 'with "Mente du …?" on the search page', path: '/soeg/?q=hjerteforningen', ready: ['[data-resultat-status] a[data-forslag]'] },
    {
      name: 'with "Mente du …?" in the header',
      path: '/tilbud/',
      headerQuery: 'hjerteforningen',
      ready: [`${header} [data-soeg-popup]:not([hidden]) a[data-forslag]`],
    },
    {
      name: 'on a page with highlighted search words',
      path: '/organisationer/kraeftens-bekaempelse/?fremhaev=kr%C3%A6ftens&fremhaev=frivillige',
      ready: ['main mark.pagefind-highlight'],
    },
    { name: 'on a catalogue with a text search and a suggestion', path: '/organisationer/?q=hjerteforningen', ready: ['[data-katalog-status] a[data-forslag]'] },
  ])('has no violations $name', async (state) => {
    expect(await axeViolationsIn(page, site.url, state)).toEqual([]);
  });

  it('ran everything under the site CSP', async () => {
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).not.toContain("'unsafe-inline'");
    expect(violations).toEqual([]);
  });
});
