/**
 * `npm run lighthouse [-- --dir .bench/dist-1000]`: Lighthouse (performance, accessibility, best
 * practices, SEO) on the home page, a list page, an entry page and the search page of a built
 * site (default dist/), driving Debian's Chromium (CHROME_PATH or /usr/bin/chromium) through
 * chrome-launcher; nothing is downloaded. Lighthouse's default mobile profile with simulated
 * throttling. Prints a table and JSON; exits 1 if any score is under 95 or any layout shifts (CLS above
 * 0: the web font must swap in without moving text).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDir } from './bench/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 95;
const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dir = resolve(ROOT, values.dir);

/** The first entry page of a collection that has one (an organisation, else any entry). */
function entryPage(): string {
  for (const collection of ['organisationer', 'eksempler', 'tilbud', 'kilder']) {
    const folder = join(dir, collection);
    const id = existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).find((d) => d.isDirectory() && d.name !== 'side')?.name : undefined;
    if (id) return `/${collection}/${id}/`;
  }
  throw new Error(`Ingen postsider i ${dir}.`);
}

const pages = [
  ['Forside', '/'],
  ['Listeside', '/organisationer/'],
  ['Postside', entryPage()],
  ['Søgeside', '/soeg/'],
  ['Vejledning med boks', '/vejledninger/frivillige-paa-afdelingen/'],
] as const;

const server = await serveDir(dir);
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const rows: { page: string; path: string; scores: Record<string, number | null>; cls: number | null }[] = [];
try {
  for (const [page, path] of pages) {
    if (!existsSync(join(dir, path, 'index.html'))) {
      console.error(`${page} ${path} findes ikke i ${values.dir}; springes over.`);
      continue;
    }
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories ?? {};
    const cls = result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? null;
    rows.push({ page, path, scores: Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score == null ? null : Math.round((categories[c]?.score ?? 0) * 100)])), cls });
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(`| Side | Sti | ${CATEGORIES.join(' | ')} | CLS |\n|---|---|${CATEGORIES.map(() => '---:').join('|')}|---:|`);
for (const r of rows) console.log(`| ${r.page} | ${r.path} | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} | ${r.cls ?? '–'} |`);
console.log(JSON.stringify(rows, null, 2));
const low = [
  ...rows.flatMap((r) => CATEGORIES.filter((c) => (r.scores[c] ?? 0) < MINIMUM).map((c) => `${r.path} ${c}: ${r.scores[c]}`)),
  ...rows.filter((r) => (r.cls ?? 0) > 0).map((r) => `${r.path} CLS: ${r.cls}`),
];
if (low.length) {
  console.error(`Under ${MINIMUM} eller med layoutskift: ${low.join('; ')}`);
  process.exit(1);
}
