/**
 * Search timings in Chromium on a built site, through Pagefind's JS API as the site's search uses
 * it: time to the first result's data and the bytes fetched, for a fixed set of queries.
 * - cold: a fresh browser context (empty cache) on a content page; the timer covers loading
 *   pagefind.js, its worker, the WebAssembly, the index chunks and the first result's fragment.
 * - warm: a page that has already searched for another query: Pagefind and its WebAssembly are
 *   loaded, and this query fetches only the index chunks and fragment it needs (median of three).
 * Bytes are counted by the server that serves the site, so requests from Pagefind's Web Worker
 * count too.
 */
import type { Page } from 'playwright-core';
import { benchSearch, summarise } from '../bench-search.ts';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { serveDir } from './static-server.ts';

/** Queries a staff member or an organisation would type; fixed so that runs compare. */
export const QUERIES = ['frivillige', 'tavshedspligt', 'pårørende', 'hjertepatienter', 'sorggruppe', 'motionscafé', 'sociale henvisninger', 'samarbejdsaftale', 'Næstved'];

/** The part of Pagefind's JS API (pagefind.js) the timings use. */
interface PagefindApi {
  options(options: object): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

/** Runs one search in the page and returns the milliseconds to the first result's data and the hit count. */
function timedSearch(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(
    async ({ q, url }) => {
      const started = performance.now();
      const pagefind = (await import(url)) as PagefindApi;
      await pagefind.options({});
      const search = await pagefind.search(q);
      await search.results[0]?.data();
      return { ms: performance.now() - started, results: search.results.length };
    },
    { q: query, url: '/pagefind/pagefind.js' },
  );
}

/** One query's measurements. */
export interface QueryTiming {
  query: string;
  results: number;
  coldMs: number;
  coldBytes: number;
  warmMs: number;
  warmBytes: number;
}

/** Measures every query cold and warm on the site in `dir`. */
export async function measureSearch(dir: string, queries = QUERIES, startPath = '/om/'): Promise<QueryTiming[]> {
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  const timings: QueryTiming[] = [];
  try {
    const fresh = async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${startPath}`);
      server.take();
      return { context, page };
    };
    for (const [i, query] of queries.entries()) {
      const first = await fresh();
      const cold = await timedSearch(first.page, query);
      const coldBytes = server.take();
      await first.context.close();
      // Warm: Pagefind is loaded by another query first; then this query is searched for the first
      // time. Three trials (after three different queries), the median kept: one run on a shared
      // machine is noisy.
      const trials: { ms: number; bytes: number }[] = [];
      for (const offset of [1, 2, 3]) {
        const second = await fresh();
        await timedSearch(second.page, queries[(i + offset) % queries.length] as string);
        server.take();
        const { ms } = await timedSearch(second.page, query);
        trials.push({ ms, bytes: server.take() });
        await second.context.close();
      }
      const warm = trials.sort((a, b) => a.ms - b.ms)[1] as { ms: number; bytes: number };
      timings.push({ query, results: cold.results, coldMs: cold.ms, coldBytes, warmMs: warm.ms, warmBytes: warm.bytes });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return timings;
}

/**
 * The header search as a reader uses it (typing to the result count shown), measured by
 * scripts/bench-search.ts on the same site: medians of cold and warm, in ms and KB.
 */
export async function measureHeaderSearch(dir: string) {
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  try {
    return summarise(await benchSearch(browser, server.url, dir));
  } finally {
    await browser.close();
    await server.close();
  }
}
