/**
 * `npm run bench:search [-- --dir dist --runs 3 --json]`: how fast search is on a built site, in
 * Debian's Chromium. For a fixed set of queries it measures, as a reader experiences it in the
 * header search (typing to the result count being announced, so the 120 ms typing pause counts):
 *   - cold: a fresh browser profile on a content page, so the search code and index load first;
 *   - warm: the next query on the same page, everything already loaded;
 * and, of that, the search itself (User Timing "vidensbasen:soeg": search call to results shown);
 * and the bytes the browser requested for each (file sizes, uncompressed, as scripts/serve.mjs
 * sends them; Pagefind's index chunks are gzipped inside already).
 * Prints a table, or JSON with --json. `benchSearch()` is exported for the site benchmark.
 */
import { spawn } from 'node:child_process';
import { freePort } from './lib/static-site.mjs';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');

/** Queries a staff member or an organisation would type; each has results on the real content. */
export const BENCH_QUERIES = ['frivillige', 'hjerteforeningen', 'sociale henvisninger', 'må regionen give tilskud', 'tavshedspligt'];

/** One measurement. */
export interface SearchTiming {
  query: string;
  mode: 'cold' | 'warm';
  /** Milliseconds from typing the query to the result count being shown (the reader's wait). */
  ms: number;
  /** Of that, milliseconds from the search call to the results being shown (no typing pause). */
  engineMs: number;
  /** Bytes fetched for it, by kind. */
  bytes: { total: number; pagefind: number; index: number; fragments: number; siteJs: number };
  results: number;
}

function kindOf(path: string): keyof SearchTiming['bytes'] | undefined {
  if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'siteJs';
  if (!path.startsWith('/pagefind/')) return undefined;
  if (path.includes('/fragment/')) return 'fragments';
  if (/\/(index|filter)\/|\.pf_meta$/.test(path)) return 'index';
  return 'pagefind';
}

/**
 * Counts the bytes of every file the browser requested while `action` ran. The sizes are those of
 * the built files, which scripts/serve.mjs sends as they are (Playwright cannot read the sizes of
 * the worker's responses).
 */
async function fetched(page: Page, dir: string, action: () => Promise<void>): Promise<SearchTiming['bytes']> {
  const bytes = { total: 0, pagefind: 0, index: 0, fragments: 0, siteJs: 0 };
  const onRequest = (request: import('playwright-core').Request) => {
    const path = decodeURIComponent(new URL(request.url()).pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    const size = existsSync(file) ? statSync(file).size : 0;
    const kind = kindOf(path);
    bytes.total += size;
    if (kind) bytes[kind] += size;
  };
  // On the context, so the Pagefind worker's requests (WebAssembly, index chunks) count too.
  page.context().on('request', onRequest);
  await action();
  page.context().off('request', onRequest);
  return bytes;
}

/** Types a query in the header search and waits for its result count; returns ms and the count. */
async function headerSearch(page: Page, query: string): Promise<{ ms: number; engineMs: number; results: number }> {
  const started = performance.now();
  await page.fill('#sitesoeg', query);
  const status = await page.waitForFunction(
    (q) => {
      const text = document.querySelector('[data-soeg-header] [data-soeg-status]')?.textContent ?? '';
      return text.includes(`for "${q}"`) ? text : false;
    },
    query,
    { timeout: 30_000 },
  );
  const ms = performance.now() - started;
  const text = String(await status.jsonValue());
  const engineMs = await page.evaluate(
    (q) => performance.getEntriesByName('vidensbasen:soeg').filter((e) => (e as PerformanceMeasure).detail === q).at(-1)?.duration ?? Number.NaN,
    query,
  );
  return { ms, engineMs, results: /^Ingen/.test(text) ? 0 : Number.parseInt(text, 10) };
}

/** Runs the benchmark against a site served from `baseUrl` (every query cold, then warm). */
export async function benchSearch(browser: Browser, baseUrl: string, dir: string, queries = BENCH_QUERIES, runs = 1): Promise<SearchTiming[]> {
  const timings: SearchTiming[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [i, query] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${baseUrl}/om/`);
      let cold = { ms: 0, engineMs: 0, results: 0 };
      const coldBytes = await fetched(page, dir, async () => {
        cold = await headerSearch(page, query);
      });
      timings.push({ query, mode: 'cold', ...cold, bytes: coldBytes });
      // Warm: the next query on the same page, with code and index chunks already loaded.
      const next = queries[(i + 1) % queries.length] as string;
      let warm = { ms: 0, engineMs: 0, results: 0 };
      const warmBytes = await fetched(page, dir, async () => {
        warm = await headerSearch(page, next);
      });
      timings.push({ query: next, mode: 'warm', ...warm, bytes: warmBytes });
      await context.close();
    }
  }
  return timings;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/** Median per mode: ms and bytes. */
export function summarise(timings: SearchTiming[]) {
  return (['cold', 'warm'] as const).map((mode) => {
    const rows = timings.filter((t) => t.mode === mode);
    return {
      mode,
      medianMs: Math.round(median(rows.map((t) => t.ms))),
      maxMs: Math.round(Math.max(...rows.map((t) => t.ms))),
      medianEngineMs: Math.round(median(rows.map((t) => t.engineMs))),
      medianKb: Math.round(median(rows.map((t) => t.bytes.total)) / 102.4) / 10,
    };
  });
}

async function main() {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
  const port = await freePort();
  const server = spawn(process.execPath, [resolve(root, 'scripts/serve.mjs'), values.dir], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((done, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('kører på') && done());
    server.on('exit', (code) => fail(new Error(`serve.mjs stoppede med kode ${code}`)));
  });
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const timings = await benchSearch(browser, `http://localhost:${port}`, resolve(root, values.dir), BENCH_QUERIES, Number(values.runs));
    if (values.json) {
      console.log(JSON.stringify({ timings, summary: summarise(timings) }, null, 2));
      return;
    }
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.table(timings.map((t) => ({ forespørgsel: t.query, type: t.mode, ms: Math.round(t.ms), 'søgning ms': Math.round(t.engineMs), resultater: t.results, hentet: kb(t.bytes.total), pagefind: kb(t.bytes.pagefind), indeks: kb(t.bytes.index), fragmenter: kb(t.bytes.fragments), 'site-JS': kb(t.bytes.siteJs) })));
    console.table(summarise(timings));
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
