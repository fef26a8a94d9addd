import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { facetValuesOf, SEARCH_FACETS } from '../../src/lib/facets.ts';
import { SOEG } from '../../src/lib/ui.ts';
import { useSite } from './support/fixture.ts';
import { published, watchedPage } from './support/search.ts';
import { axeViolationsIn, type SearchState } from './support/site.ts';

/** The header search by keyboard, the search page's URL state, CSP and the no-JavaScript fallback. */
const site = useSite();
let page: Page;
let requests: string[];
let violations: string[];

beforeAll(async () => {
  ({ page, requests, violations } = await watchedPage(site.browser, /Content.Security.Policy|CompileError|WebAssembly/i));
});

const header = '[data-soeg-header]';
const popupLinks = `${header} [data-soeg-popup] a`;
const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('href') ?? document.activeElement?.id ?? '');

describe('header search by keyboard only', () => {
  it('loads no search code until the reader starts searching', async () => {
    requests.length = 0;
    await page.goto(`${site.url}/organisationer/hjerteforeningen/`);
    const scripts = requests.filter((p) => p.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(false);
  });

  it('"/" focuses the field; results open in place with a count, marks and arrow keys', async () => {
    await page.keyboard.press('/');
    expect(await focused()).toBe('sitesoeg');
    await page.keyboard.type('frivillige');
    await page.waitForFunction(() => /for "frivillige"/.test(document.querySelector('[data-soeg-header] [data-soeg-status]')?.textContent ?? ''));
    expect(await page.getAttribute(`${header} [data-soeg-status]`, 'role')).toBe('status');
    expect(await page.isVisible(`${header} [data-soeg-popup]`)).toBe(true);
    expect(await page.locator(`${header} .treff mark`).count()).toBeGreaterThan(0);
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);

    const links = await page.$$eval(popupLinks, (as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('sitesoeg');
  });

  it('Escape closes the results and returns to the field', async () => {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.isVisible(`${header} [data-soeg-popup]`)).toBe(false);
    expect(await focused()).toBe('sitesoeg');
  });

  it('Enter on a result opens it; Enter in the field opens the search page', async () => {
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector(`${header} [data-soeg-popup]:not([hidden])`);
    const target = (await focused()) as string;
    await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press('Enter')]);

    await page.keyboard.press('/');
    await page.keyboard.type('hjemløse');
    await page.waitForSelector(`${header} [data-soeg-popup]:not([hidden])`);
    await Promise.all([page.waitForURL('**/soeg/?q=*'), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => /for "hjemløse"/.test(document.querySelector('[data-resultat-status]')?.textContent ?? ''));
    expect(await page.inputValue('#soeg-q')).toBe('hjemløse');
  });
});

describe('results', () => {
  it('show a linked section per matching heading of a long guide', async () => {
    await page.goto(`${site.url}/soeg/?q=forsikring`);
    const guide = page.locator('[data-soeg-resultater] > li', { has: page.locator('.treff-titel a[href^="/vejledninger/frivillige-paa-afdelingen/?"]') });
    await guide.waitFor();
    // Without the search words the links carry for highlighting (tested below).
    const sections = await guide.locator('.afsnit a').evaluateAll((as) => as.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
    expect(sections).toContain('/vejledninger/frivillige-paa-afdelingen/#forsikring');
    await page.goto(`${site.url}/vejledninger/frivillige-paa-afdelingen/#forsikring`);
    expect(await page.locator('h2#forsikring').count()).toBe(1);
  });
});

describe('the search page keeps its state in the URL', () => {
  /** Waits until the search for the current URL has finished rendering. */
  const done = () => page.waitForSelector('[data-soeg-resultater]:not([aria-busy])', { state: 'attached' });
  const shown = () => page.$$eval('[data-soeg-resultater] > li .treff-titel a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it('combines the query with filters (OR within, AND across); reload and Back restore it', async () => {
    await page.goto(`${site.url}/soeg/?q=frivillige`);
    await page.waitForSelector('form[data-soegeside][data-klar]');
    await done();
    await page.check('input[name="samling"][value="rammer"]');
    await page.waitForURL('**/soeg/?q=frivillige&samling=rammer');
    await done();
    const rammer = await shown();
    expect(rammer.length).toBeGreaterThan(0);
    expect(rammer.every((u) => u.startsWith('/rammer/'))).toBe(true);

    await page.check('input[name="samling"][value="vejledninger"]');
    await page.waitForURL('**/soeg/?q=frivillige&samling=rammer&samling=vejledninger');
    await done();
    const both = await shown();
    expect(both.length).toBeGreaterThan(rammer.length);
    expect(both.every((u) => u.startsWith('/rammer/') || u.startsWith('/vejledninger/'))).toBe(true);
    expect(rammer.every((u) => both.includes(u))).toBe(true);

    await page.reload();
    await page.waitForSelector('form[data-soegeside][data-klar]');
    await done();
    expect(await shown()).toEqual(both);
    expect(await page.isChecked('input[name="samling"][value="vejledninger"]')).toBe(true);
    expect(await page.inputValue('#soeg-q')).toBe('frivillige');

    await page.goBack();
    await page.waitForURL('**/soeg/?q=frivillige&samling=rammer');
    await done();
    expect(await shown()).toEqual(rammer);
    expect(await page.isChecked('input[name="samling"][value="vejledninger"]')).toBe(false);
  });

  it('browses by filters alone, exactly as the content says', async () => {
    const examples = published('eksempler').map((e) => ({ url: e.url, values: facetValuesOf('eksempler', e.data, SEARCH_FACETS.eksempler) }));
    const temaer = [...new Set(examples.flatMap((e) => e.values.tema ?? []))].slice(0, 2);
    const region = examples[0]?.values.region?.[0] as string;
    const want = examples
      .filter((e) => temaer.some((t) => e.values.tema?.includes(t)) && e.values.region?.includes(region))
      .map((e) => e.url)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    const query = new URLSearchParams([['samling', 'eksempler'], ...temaer.map((t) => ['tema', t]), ['region', region]]);
    await page.goto(`${site.url}/soeg/?${query}`);
    await page.waitForSelector('form[data-soegeside][data-klar]');
    await done();
    expect(await page.textContent('[data-resultat-status]')).toBe(SOEG.countFiltered(want.length));
    expect((await shown()).sort()).toEqual(want);
  });

  it('ran every search under the site CSP, with WebAssembly allowed', async () => {
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(violations).toEqual([]);
  });
});

describe('accessibility of the search states (axe, WCAG 2.1 AA)', () => {
  it.each<SearchState>([
    {
      name: 'with header results open',
      path: '/eksempler/',
      headerQuery: 'sociale henvisninger',
      ready: [`${header} [data-soeg-popup]:not([hidden]) .treff`],
    },
    {
      name: 'on the search page with results and filters',
      path: '/soeg/?q=frivillige&samling=rammer',
      ready: ['form[data-soegeside][data-klar]', '[data-soeg-resultater]:not([aria-busy]) .treff'],
    },
    { name: 'on a filtered catalogue', path: '/organisationer/?type=patientforening', ready: ['details[data-katalog][data-started]'] },
  ])('has no violations $name', async (state) => {
    expect(await axeViolationsIn(page, site.url, state)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the header form goes to /soeg/, which explains and links to the catalogues', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${site.url}/tilbud/`);
    expect(await p.getAttribute(header, 'action')).toBe('/soeg/');
    expect(await p.getAttribute(header, 'method')).toBe('get');
    await p.fill('#sitesoeg', 'frivillige');
    await Promise.all([p.waitForURL('**/soeg/?q=frivillige'), p.press('#sitesoeg', 'Enter')]);
    expect(await p.textContent('main')).toContain(SOEG.noscript);
    for (const catalogue of ['/eksempler/', '/organisationer/', '/tilbud/']) {
      expect(await p.isVisible(`main a[href="${catalogue}"]`)).toBe(true);
    }
    await noJs.close();
  });
});
