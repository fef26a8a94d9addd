import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCES, SOEG, UI } from '../../src/lib/ui.ts';
import { useSite } from './support/fixture.ts';
import { watchedPage } from './support/search.ts';
import { axeViolationsIn, type SearchState } from './support/site.ts';

/**
 * Questions typed as sentences (their little words dropped, what was searched shown, the whole
 * sentence one click away), words the site does not have (no fragments of other words), and the
 * next steps when nothing is found – on /soeg/, in the header search and in a catalogue.
 */
const site = useSite();
let page: Page;
let violations: string[];

beforeAll(async () => {
  ({ page, violations } = await watchedPage(site.browser));
});

const QUESTION = 'Hvem betaler, hvis en frivillig kommer til skade?';
const WHOLE = '"hvem betaler hvis en frivillig kommer til skade"';
const status = '[data-resultat-status]';
const header = '[data-soeg-header]';
const resultUrls = () => page.$$eval('[data-soeg-resultater] > li .treff-titel a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const done = (query: string) =>
  page.waitForFunction(([s, q]) => document.querySelector(s)?.textContent?.includes(`for "${q}"`) ?? false, [status, query] as const);

/** Every text file under content/, lower-cased: what the site says. */
function contentText(dir = resolve(import.meta.dirname, '../../content')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? contentText(join(dir, e.name)) : /\.(mdx|yaml)$/.test(e.name) ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n')
    .toLocaleLowerCase('da');
}

/** Place names in Region Østdanmark and beyond that the site does not mention (checked below, not assumed). */
const ABSENT = ['Roskilde', 'Lolland', 'Bornholm', 'Falster', 'Næstved', 'Odense'];

describe('a question typed whole into /soeg/', () => {
  it('is searched without its little words, says what was searched, and finds the answer', async () => {
    await page.goto(`${site.url}/soeg/?q=${encodeURIComponent(QUESTION)}`);
    await done(QUESTION);
    expect(await page.textContent(status)).toContain(SOEG.searchedFor('betaler frivillig skade'));
    const urls = await resultUrls();
    expect(urls.slice(0, 3)).toContain('/rammer/forsikring-af-frivillige/');
  });

  it('searches the whole sentence as typed with one click', async () => {
    await page.click(`${status} a[data-saetning]`);
    await done(WHOLE);
    expect(await page.inputValue('#soeg-q')).toBe(WHOLE);
    expect(new URL(page.url()).searchParams.get('q')).toBe(WHOLE);
    expect(await page.textContent(status)).not.toContain(SOEG.searchedFor(''));
  });

  it('is searched as typed when every word is a little word', async () => {
    await page.fill('#soeg-q', 'hvem er vi');
    await page.press('#soeg-q', 'Enter');
    await done('hvem er vi');
    expect(await page.textContent(status)).not.toContain(SOEG.searchedFor(''));
  });
});

describe('words the site does not have', () => {
  it('are truly absent from the content', () => {
    const text = contentText();
    expect(text.length).toBeGreaterThan(10_000);
    expect(ABSENT.filter((name) => text.includes(name.toLocaleLowerCase('da')))).toEqual([]);
  });

  it.each(ABSENT)('%s finds nothing, says so, and offers the doors and the decision aid', async (name) => {
    await page.goto(`${site.url}/soeg/?q=${encodeURIComponent(name)}`);
    await done(name);
    expect(await resultUrls()).toEqual([]);
    const text = (await page.textContent(status)) ?? '';
    expect(text).toContain(SOEG.count(0, name));
    expect(text).toContain(SOEG.notOnSite([name.toLocaleLowerCase('da')]));
    const steps = await page.$$eval('.naeste-skridt a', (as) => as.map((a) => a.getAttribute('href')));
    expect(steps).toEqual([...AUDIENCES.map((a) => a.href), UI.beslutning.href]);
  });

  it('a real beginning of a word still finds it', async () => {
    await page.fill('#soeg-q', 'frivil');
    await page.press('#soeg-q', 'Enter');
    await done('frivil');
    expect((await resultUrls()).length).toBeGreaterThan(10);
    expect(await page.locator('.naeste-skridt').count()).toBe(0);
  });

  it('in a sentence, the rest of it is offered', async () => {
    const query = 'frivillige i Roskilde';
    await page.fill('#soeg-q', query);
    await page.press('#soeg-q', 'Enter');
    await done(query);
    expect(await resultUrls()).toEqual([]);
    expect(await page.$$eval(`${status} a[data-forslag]`, (as) => as.map((a) => a.textContent))).toContain('frivillige');
  });
});

describe('the header search and a catalogue', () => {
  it('the header says what a question was searched as, and what to do when nothing is found', async () => {
    await page.goto(`${site.url}/tilbud/`);
    await page.keyboard.press('/');
    await page.keyboard.type('hvordan kortlægger vi lokale tilbud');
    await page.waitForFunction((h) => /Søgte efter/.test(document.querySelector(`${h} [data-soeg-status]`)?.textContent ?? ''), header);
    expect(await page.textContent(`${header} [data-soeg-status]`)).toContain(SOEG.searchedFor('kortlægger lokale tilbud'));
    expect(await page.getAttribute(`${header} [data-soeg-popup] .treff-titel a >> nth=0`, 'href')).toContain('/vejledninger/kortlaegning-af-lokale-tilbud/');
    await page.fill('#sitesoeg', '');
    await page.keyboard.type('Bornholm');
    await page.waitForSelector(`${header} [data-soeg-popup]:not([hidden]) .naeste-skridt`);
    expect(await page.textContent(`${header} [data-soeg-popup]`)).toContain(SOEG.none);
  });

  it('a catalogue says what a question was searched as', async () => {
    await page.goto(`${site.url}/organisationer/?q=${encodeURIComponent('hvilke foreninger hjælper mennesker med kræft')}`);
    await page.waitForFunction(() => /Søgte efter/.test(document.querySelector('[data-katalog-status]')?.textContent ?? ''));
    expect(await page.textContent('[data-katalog-status]')).toContain(SOEG.searchedFor('foreninger hjælper mennesker kræft'));
  });

  it('without JavaScript, the header form sends the whole sentence to /soeg/', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}/vejledninger/`);
    await plain.fill('#sitesoeg', QUESTION);
    await Promise.all([plain.waitForURL('**/soeg/?q=*'), plain.press('#sitesoeg', 'Enter')]);
    expect(new URL(plain.url()).searchParams.get('q')).toBe(QUESTION);
    await context.close();
  });
});

describe('accessibility of the new messages (axe, WCAG 2.1 AA)', () => {
  it.each<SearchState>([
    { name: 'with "Søgte efter" on the search page', path: `/soeg/?q=${encodeURIComponent(QUESTION)}`, ready: [`${status} a[data-saetning]`] },
    { name: 'with no results and next steps on the search page', path: '/soeg/?q=Roskilde', ready: ['.naeste-skridt a'] },
    { name: 'with no results and next steps in the header', path: '/tilbud/', headerQuery: 'Lolland', ready: [`${header} [data-soeg-popup]:not([hidden]) .naeste-skridt`] },
  ])('has no violations $name', async (state) => {
    expect(await axeViolationsIn(page, site.url, state)).toEqual([]);
  });

  it('ran everything under the site CSP', () => {
    expect(violations).toEqual([]);
  });
});
