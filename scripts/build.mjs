/**
 * `npm run build`: the content lint (`npm run tjek`, the same rules and verdict) side by side with
 * Astro, then Pagefind. Astro builds into a staging folder (`<out>.bygges`) that replaces the output
 * folder only when all three succeeded, so the build refuses everything `npm run tjek` refuses and
 * nothing of a refused entry reaches the output. Astro's content cache and the compiled MDX are kept
 * only when the cache key over plugins, schemas, libraries, config, lockfile and versions matches;
 * otherwise both are cleared and Astro runs with --force, so a changed plugin is never hidden
 * (scripts/lib/build-cache.ts, R7). Fails if Astro logs an [ERROR] line even when it exits 0
 * (docs/sikkerhed.md, R6).
 * Options: --out <dir> (default dist), --content <dir> (default content; sets VIDENSBASEN_CONTENT,
 * which src/content.config.ts reads — the benchmark and tests build other corpora this way), --quiet,
 * --json (a last line of machine-readable step timings, read by `npm run bench`), --no-compounds
 * (index without compound parts, to measure what they cost), --force (always clear Astro's content
 * cache; without it the cache is kept only when its key matches, scripts/lib/build-cache.ts).
 */
import { spawn } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { requireNode } from './lib/node-version.mjs';

// The .ts modules are loaded after the version check: an older Node.js cannot read them at all.
requireNode('npm run build');
const { astroBuildArgs, errorLines, failureLines } = await import('./lib/build-log.mjs');
const { indexSite } = await import('./lib/search/index-site.ts');
const { astroPhases, lineStamper } = await import('./lib/astro-phases.ts');
const { astroCacheDir, buildCacheKey, forgetCache, prepareCache, recordCache } = await import('./lib/build-cache.ts');
const { pruneMdxCache } = await import('./lib/mdx-cache.ts');

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
 * lines stamped with when they arrived (for the phase times) and how long it ran, in ms. The
 * promise's `stop()` ends the command early.
 */
function run(command, args, env = {}, { echo = !values.quiet } = {}) {
  let child;
  const finished = new Promise((done) => {
    const startedMs = performance.now();
    child = spawn(command, args, { cwd: root, env: { ...buildEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
  return Object.assign(finished, { stop: () => child.kill('SIGTERM') });
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);
const started = performance.now();
const contentEnv = values.content ? { VIDENSBASEN_CONTENT: resolve(root, values.content) } : {};
// Rolldown's allocator (mimalloc) keeps freed memory for reuse; at 5,000 entries that was 0.4 GB of
// the build's peak. Returning it at once costs no measurable time (docs/ydelse.md, "Hvad der gjorde det hurtigere").
const allocatorEnv = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };
// The lint and Astro run side by side (the lint is single-threaded and Astro leaves a core free),
// and Astro writes into a staging folder next to the output. Only when the lint, Astro and Pagefind
// have all succeeded is the staging folder moved into place, so the build still refuses everything
// `npm run tjek` refuses and nothing of a refused entry ever reaches the output folder.
// The lint's full report is long (every warning); a build shows only its last line unless it fails.
// Spelling only warns, so the build skips its dictionary (seconds) without changing the verdict.
const stageDir = `${outDir}.bygges`;
rmSync(stageDir, { recursive: true, force: true });
const discardStage = () => rmSync(stageDir, { recursive: true, force: true });
const cacheDir = astroCacheDir(root, { ...process.env, ...contentEnv });
const cacheKey = buildCacheKey(root, resolve(root, values.content ?? 'content'));
const cache = prepareCache(cacheDir, cacheKey, values.force);
if (!values.quiet) console.log(`Indholds-cache: ${cache.reason}.`);
// Compiled MDX is kept in the same folder, so a changed key clears it with Astro's own cache.
const mdxCacheEnv = { VIDENSBASEN_MDX_CACHE_DIR: resolve(cacheDir, 'mdx'), VIDENSBASEN_MDX_CACHE_KEY: cacheKey };
const astroStartedMs = Date.now();
const tjekRun = run(bin('node'), [resolve(root, 'scripts/tjek.ts'), ...(values.content ? [resolve(root, values.content)] : []), '--uden-stavning'], {}, { echo: false });
const astroRun = run(bin('astro'), astroBuildArgs(stageDir, { force: !cache.keep }), { ...allocatorEnv, ...contentEnv, ...mdxCacheEnv });
const tjek = await tjekRun;
const tjekSeconds = tjek.ms / 1000;
if (tjek.code !== 0) {
  astroRun.stop();
  await astroRun;
  discardStage();
  // Astro may have been stopped while writing its cache: the next build starts cold.
  forgetCache(cacheDir);
  process.stderr.write(tjek.log);
  console.error('\nByggeriet er stoppet, og intet er publiceret: indholdstjekket fandt fejl (se ovenfor). Ret dem, og byg igen.');
  process.exit(1);
}
if (!values.quiet) console.log(tjek.log.trim().split('\n').at(-1));
const astro = await astroRun;
const errors = errorLines(astro.log);
if (astro.code !== 0 || errors.length > 0) {
  discardStage();
  console.error(`\nByggeriet fejlede${errors.length ? ` (${errors.length} [ERROR]-linjer i loggen)` : ` (Astro stoppede med kode ${astro.code}; de sidste linjer, det skrev)`}:`);
  for (const line of failureLines(astro.log)) console.error(`  ${line}`);
  process.exit(1);
}
recordCache(cacheDir, cacheKey);
// Results this build did not use belong to entries that changed or are gone.
pruneMdxCache(mdxCacheEnv.VIDENSBASEN_MDX_CACHE_DIR, astroStartedMs - 1000);
const astroSeconds = astro.ms / 1000;
// The readers' index, with compound parts, through Pagefind's Node API (scripts/lib/search/).
let search;
const pagefindStarted = performance.now();
try {
  search = await indexSite(stageDir, resolve(root, values.content ?? 'content'), { compounds: !values['no-compounds'] });
} catch (error) {
  discardStage();
  console.error(`\nPagefind kunne ikke bygge søgeindekset: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// Everything succeeded: the new site replaces the old one in one step.
rmSync(outDir, { recursive: true, force: true });
renameSync(stageDir, outDir);
const total = (performance.now() - started) / 1000;
const pagefindSeconds = (performance.now() - pagefindStarted) / 1000;
if (!values.quiet) {
  console.log(`Søgeindeks: ${search.pages} sider, ${search.partsAdded} orddele fra sammensatte ord (${search.distinctWords} forskellige ord set på ${search.splitSeconds.toFixed(2)} s), ordliste med ${search.words} ord.`);
}
console.log(`\nBygget til ${outDir}: indholdstjek ${tjekSeconds.toFixed(1)} s side om side med Astro ${astroSeconds.toFixed(1)} s, søgeindeks ${pagefindSeconds.toFixed(1)} s, i alt ${total.toFixed(1)} s.`);
if (values.json) {
  const phases = astroPhases(astro.lines, astro.ms);
  console.log(JSON.stringify({ buildTimings: { tjekSeconds, astroSeconds, pagefindSeconds, totalSeconds: total, phases }, cacheKept: cache.keep, search }));
}
