import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readAllContent } from '../../../src/lib/content-files.ts';
import { COLLECTION_DEFINITIONS, type CollectionName } from '../../../src/schemas/index.ts';

/** A published entry as the tests need it: its URL and its name. */
export interface PublishedEntry {
  url: string;
  title: string;
  data: Record<string, unknown>;
}

const content = readAllContent(resolve(import.meta.dirname, '../../../content'));

/** The published entries of a collection, read from content/ (not from the built site). */
export function published(collection: CollectionName): PublishedEntry[] {
  return content
    .filter((f) => f.collection === collection && (f.data as { status?: string }).status === 'publiceret')
    .map((f) => {
      const data = f.data as Record<string, unknown>;
      return { url: `/${collection}/${f.id}/`, title: String(data[COLLECTION_DEFINITIONS[collection].titleField]), data };
    });
}

/**
 * Types a query into the search page's field, presses Enter and returns the result URLs in order, once the
 * status line reports the search for exactly this query (so earlier results are never read).
 */
export async function searchOnPage(page: Page, query: string, { all = false } = {}): Promise<string[]> {
  await page.fill('#soeg-q', query);
  // Enter submits at once instead of waiting for the typing pause.
  await page.press('#soeg-q', 'Enter');
  await page.waitForFunction(
    (q) => document.querySelector('[data-resultat-status]')?.textContent?.includes(`for "${q}"`) ?? false,
    query.trim(),
  );
  while (all && (await page.isVisible('[data-flere]'))) {
    const before = await page.locator('[data-soeg-resultater] > li').count();
    await page.click('[data-flere]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-soeg-resultater] > li').length > n, before);
  }
  return page.$$eval('[data-soeg-resultater] > li .treff-titel a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * The text Pagefind indexes on each built page: the `data-pagefind-body` region without its
 * `data-pagefind-ignore` parts, lower-cased. Parsed by the browser, as Pagefind parses HTML.
 */
export function indexedTexts(page: Page, urls: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate(async (list) => {
    const parser = new DOMParser();
    const texts: Record<string, string> = {};
    await Promise.all(
      list.map(async (url) => {
        const doc = parser.parseFromString(await (await fetch(url)).text(), 'text/html');
        const body = doc.querySelector('[data-pagefind-body]');
        body?.querySelectorAll('[data-pagefind-ignore], script').forEach((n) => n.remove());
        texts[url] = (body?.textContent ?? '').replace(/\s+/g, ' ').toLocaleLowerCase('da');
      }),
    );
    return texts;
  }, urls);
}

/** A page on /soeg/ with its search ready to take a query. */
export async function openSearchPage(browser: Browser, siteUrl: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${siteUrl}/soeg/`);
  await page.waitForSelector('form[data-soegeside][data-klar]');
  return page;
}

/**
 * A new page that records the paths it requests and the console messages that match `problem`
 * (Content-Security-Policy refusals by default), so a test can assert none happened.
 */
export async function watchedPage(browser: Browser, problem = /Content.Security.Policy/i): Promise<{ page: Page; requests: string[]; violations: string[] }> {
  const page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(10_000);
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => problem.test(m.text()) && violations.push(m.text()));
  return { page, requests, violations };
}
