/**
 * `npm run build`: the content lint (`npm run tjek`, the same rules and verdict), then Astro, then
 * Pagefind. Astro's content cache and the compiled MDX are kept only when the cache key over plugins,
 * schemas, libraries, config, lockfile and versions matches; otherwise both are cleared and Astro
 * runs with --force, so a changed plugin is never hidden (scripts/lib/build-cache.ts, R7). Stops before Astro starts when
 * the lint finds an error, so the build refuses everything `npm run tjek` refuses and nothing of it
 * reaches the output. Fails if Astro logs an [ERROR] line even when it exits 0 (security-findings R6).
 * Options: --out <dir> (default dist), --content <dir> (default content; sets VIDENSBASEN_CONTENT,
 * which src/content.config.ts reads — the benchmark and tests build other corpora this way), --quiet,
 * --json (a last line of machine-readable step timings, read by `npm run bench`), --no-compounds
 * (index without compound parts, to measure what they cost), --force (always clear Astro's content
 * cache; without it the cache is kept only when its key matches, scripts/lib/build-cache.ts).
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { astroBuildArgs, errorLines } from './lib/build-log.mjs';
import { indexSite } from './lib/search/index-site.ts';
import { astroPhases, lineStamper } from './lib/astro-phases.ts';
import { astroCacheDir, buildCacheKey, prepareCache, recordCache } from './lib/build-cache.ts';
import { pruneMdxCache } from './lib/mdx-cache.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, content: { type: 'string' }, quiet: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'no-compounds': { type: 'boolean', default: false }, force: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, values.out);

/**
 * Vite's own env names. A caller's values leak into import.meta.env: vitest sets DEV=1 and
 * NODE_ENV=test, which made a build run from a test publish drafts. A build is always production.
 */
const VITE_RESERVED = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV']);
const buildEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_RESERVED.has(key))), NODE_ENV: 'production' };

/**
 * Runs a command, echoing its output, and resolves with the exit code, everything it printed, its
 * lines stamped with when they arrived (for the phase times) and how long it ran, in ms.
 */
function run(command, args, env = {}, { echo = !values.quiet } = {}) {
  return new Promise((done) => {
    const startedMs = performance.now();
    const child = spawn(command, args, { cwd: root, env: { ...buildEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Whole chunks are kept and split only at the end, so a line cut between two chunks stays whole.
    const chunks = [];
    const stampers = [lineStamper(startedMs), lineStamper(startedMs)];
    const take = (stream, out, stamper) =>
      stream.on('data', (chunk) => {
        chunks.push(chunk);
        stamper.push(chunk, performance.now());
        if (echo) out.write(chunk);
      });
    take(child.stdout, process.stdout, stampers[0]);
    take(child.stderr, process.stderr, stampers[1]);
    child.on('close', (code) => {
      const now = performance.now();
      const lines = stampers.flatMap((s) => s.end(now)).sort((a, b) => a.ms - b.ms);
      done({ code: code ?? 1, log: Buffer.concat(chunks).toString(), lines, ms: now - startedMs });
    });
  });
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);
const started = performance.now();
const contentEnv = values.content ? { VIDENSBASEN_CONTENT: resolve(root, values.content) } : {};
// Rolldown's allocator (mimalloc) keeps freed memory for reuse; at 5,000 entries that was 0.4 GB of
// the build's peak. Returning it at once costs no measurable time (README, "Ydelse").
const allocatorEnv = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };
// The lint's full report is long (every warning); a build shows only its last line unless it fails.
// Spelling only warns, so the build skips its dictionary (seconds) without changing the verdict.
const tjek = await run(bin('node'), [resolve(root, 'scripts/tjek.ts'), ...(values.content ? [resolve(root, values.content)] : []), '--uden-stavning'], {}, { echo: false });
if (tjek.code !== 0) {
  process.stderr.write(tjek.log);
  console.error('\nByggeriet er stoppet, før noget blev bygget: indholdstjekket fandt fejl (se ovenfor). Ret dem, og byg igen.');
  process.exit(1);
}
if (!values.quiet) console.log(tjek.log.trim().split('\n').at(-1));
const tjekSeconds = (performance.now() - started) / 1000;
const cacheDir = astroCacheDir(root, { ...process.env, ...contentEnv });
const cacheKey = buildCacheKey(root, resolve(root, values.content ?? 'content'));
const cache = prepareCache(cacheDir, cacheKey, values.force);
if (!values.quiet) console.log(`Indholds-cache: ${cache.reason}.`);
// Compiled MDX is kept in the same folder, so a changed key clears it with Astro's own cache.
const mdxCacheEnv = { VIDENSBASEN_MDX_CACHE_DIR: resolve(cacheDir, 'mdx'), VIDENSBASEN_MDX_CACHE_KEY: cacheKey };
const astroStartedMs = Date.now();
const astro = await run(bin('astro'), astroBuildArgs(outDir, { force: !cache.keep }), { ...allocatorEnv, ...contentEnv, ...mdxCacheEnv });
const errors = errorLines(astro.log);
if (astro.code !== 0 || errors.length > 0) {
  console.error(`\nByggeriet fejlede${errors.length ? ` (${errors.length} [ERROR]-linjer i loggen)` : ''}:`);
  for (const line of errors) console.error(`  ${line}`);
  process.exit(1);
}
recordCache(cacheDir, cacheKey);
// Results this build did not use belong to entries that changed or are gone.
pruneMdxCache(mdxCacheEnv.VIDENSBASEN_MDX_CACHE_DIR, astroStartedMs - 1000);
const astroSeconds = (performance.now() - started) / 1000 - tjekSeconds;
// The readers' index, with compound parts, through Pagefind's Node API (scripts/lib/search/).
let search;
try {
  search = await indexSite(outDir, resolve(root, values.content ?? 'content'), { compounds: !values['no-compounds'] });
} catch (error) {
  console.error(`\nPagefind kunne ikke bygge søgeindekset: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const total = (performance.now() - started) / 1000;
if (!values.quiet) {
  console.log(`Søgeindeks: ${search.pages} sider, ${search.partsAdded} orddele fra sammensatte ord (${search.distinctWords} forskellige ord set på ${search.splitSeconds.toFixed(2)} s), ordliste med ${search.words} ord.`);
}
console.log(`\nBygget til ${outDir}: indholdstjek ${tjekSeconds.toFixed(1)} s, Astro ${astroSeconds.toFixed(1)} s, i alt ${total.toFixed(1)} s.`);
if (values.json) {
  const phases = astroPhases(astro.lines, astro.ms);
  console.log(JSON.stringify({ buildTimings: { tjekSeconds, astroSeconds, pagefindSeconds: total - tjekSeconds - astroSeconds, totalSeconds: total, phases }, cacheKept: cache.keep, search }));
}
