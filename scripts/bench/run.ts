/**
 * `npm run bench -- --n 1000`: generates a synthetic corpus of N entries in .bench/content-<N>/,
 * checks it with the real content rules, builds it into .bench/dist-<N>/ with the real build
 * script, measures the build, the built pages and search in Chromium, and prints a table and
 * JSON (also saved as .bench/results-<N>.json). Never touches content/ or dist/. Search is timed
 * twice: Pagefind's JS API directly (measure-search.ts) and the header search as a reader uses it
 * (scripts/bench-search.ts).
 * Options: --n (comma-separated for several sizes), --seed, --lengths short|guide|mix (body length;
 * mix, the default, has guide-length entries of 600–1,200 words), --runs (cold builds per size; the
 * median is reported), --no-warm (skip the warm rebuild after one changed entry and its comparison
 * with a cold build), --no-plain (skip the plain-Astro reference build of the same corpus,
 * scripts/bench/plain-astro/), --starlight (also build it with the Starlight reference site,
 * scripts/bench/starlight/, installed there on first use), --no-search, --profile (CPU profile of
 * the build, summarised), --no-compare (skip the second build without compound parts, which
 * measures what they cost), --table FILE… (print one table from saved result files, build nothing).
 */
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readAllContent } from '../../src/lib/content-files.ts';
import { lintContent } from '../../src/lib/lint.ts';
import { writeCorpus } from './generate.ts';
import { LENGTHS, type Lengths } from './long-bodies.ts';
import { measurePlain } from './measure-plain.ts';
import { installStarlight, measureStarlight } from './measure-starlight.ts';
import { measureWarm } from './measure-warm.ts';
import { largestProfile, measureBuild } from './measure-build.ts';
import { measureDist } from './measure-dist.ts';
import { measureHeaderSearch, measureSearch } from './measure-search.ts';
import { formatSummary, summariseProfile } from './profile.ts';
import { markdownTable, summariseSearch, type BenchResult } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(ROOT, '.bench');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20261122' },
    lengths: { type: 'string', default: 'mix' },
    runs: { type: 'string', default: '1' },
    'no-plain': { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
    'no-warm': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'no-compare': { type: 'boolean', default: false },
    table: { type: 'boolean', default: false },
  },
});

if (!(LENGTHS as readonly string[]).includes(values.lengths)) throw new Error(`--lengths skal være ${LENGTHS.join(', ')} (fik ${values.lengths}).`);
const lengths = values.lengths as Lengths;
const runs = Math.max(1, Number(values.runs));

/** The run with the median value of `key`: the numbers of one real build, not a blend of several. */
function medianRun<T>(results: T[], key: (r: T) => number): T {
  return [...results].sort((a, b) => key(a) - key(b))[Math.floor(results.length / 2)] as T;
}

/** One benchmark run for a corpus of n entries. */
async function bench(n: number, seed: number): Promise<BenchResult> {
  const content = join(BENCH, `content-${n}`);
  const dist = join(BENCH, `dist-${n}`);
  const log = (text: string) => console.error(`[bench N=${n}] ${text}`);
  log('skriver korpus …');
  let started = performance.now();
  writeCorpus(n, content, seed, lengths);
  const generateSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const contentErrors = lintContent(readAllContent(content, ROOT), { repoRoot: ROOT, contentRoot: content }).filter((p) => p.severity === 'fejl').length;
  if (contentErrors > 0) throw new Error(`Korpusset har ${contentErrors} fejl: kør "node scripts/tjek.ts ${content}".`);
  log(`bygger (${generateSeconds.toFixed(1)} s at skrive, ${((performance.now() - started) / 1000).toFixed(1)} s at tjekke: 0 fejl) …`);
  started = performance.now();
  // The site and the reference sites are built in turns, so a busy spell on the shared machine
  // slows all of them rather than one.
  const builds = [];
  const plains = [];
  const starlights = [];
  for (let i = 0; i < runs; i++) {
    builds.push(await measureBuild(content, dist, { profile: values.profile && i === 0 }));
    if (!values['no-plain']) plains.push(await measurePlain(content, join(BENCH, `plain-dist-${n}`)));
    if (values.starlight) starlights.push(await measureStarlight(content, join(BENCH, `starlight-dist-${n}`)));
  }
  const build = medianRun(builds, (b) => b.totalSeconds);
  if (builds[0]?.profileDir) build.profileDir = builds[0].profileDir;
  const plain = plains.length ? medianRun(plains, (p) => p.totalSeconds) : undefined;
  const starlight = starlights.length ? medianRun(starlights, (p) => p.totalSeconds) : undefined;
  const references = [plains.length ? 'plain Astro' : '', starlights.length ? 'Starlight' : ''].filter(Boolean).join(' og ');
  log(`bygget på ${((performance.now() - started) / 1000).toFixed(1)} s (${runs} kørsel/kørsler${references ? `, skiftevis med ${references}` : ''}); måler sider …`);
  const result: BenchResult = {
    n,
    seed,
    lengths,
    runs,
    allTotalSeconds: builds.map((b) => b.totalSeconds),
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    generateSeconds,
    contentErrors,
    build,
    dist: measureDist(dist),
    ...(plain ? { plain } : {}),
    ...(starlight ? { starlight } : {}),
  };
  if (!values['no-warm']) {
    log('ændrer én post og bygger varmt, så koldt, og sammenligner …');
    result.warm = await measureWarm(content, join(BENCH, `dist-${n}-varm`), join(BENCH, `dist-${n}-kold`));
    if (!result.warm.identical) console.error(`Varm og kold bygning er forskellige:\n${result.warm.differences.join('\n')}`);
  }
  if (!values['no-search']) {
    log('måler søgning i Chromium …');
    result.search = summariseSearch(await measureSearch(dist));
    result.headerSearch = await measureHeaderSearch(dist);
  }
  if (!values['no-compare']) {
    log('bygger igen uden orddele for at sammenligne …');
    const without = join(BENCH, `dist-${n}-uden-orddele`);
    await measureBuild(content, without, { noCompounds: true });
    const search = values['no-search'] ? undefined : summariseSearch(await measureSearch(without));
    result.withoutCompounds = {
      pagefindBytes: measureDist(without).pagefindBytes,
      warmMedianMs: search?.warmMedianMs ?? NaN,
      warmMaxMs: search?.warmMaxMs ?? NaN,
      coldMedianMs: search?.coldMedianMs ?? NaN,
    };
  }
  if (build.profileDir) {
    const file = largestProfile(build.profileDir);
    if (file) console.error(formatSummary(summariseProfile(JSON.parse(readFileSync(file, 'utf8'))), 30).join('\n'));
  }
  return result;
}

mkdirSync(BENCH, { recursive: true });
if (values.starlight && !values.table) installStarlight((text) => console.error(`[bench] ${text}`));
if (values.table) {
  const results = positionals.map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResult);
  console.log(markdownTable(results));
} else {
  const results: BenchResult[] = [];
  for (const n of values.n.split(',').map(Number)) {
    const result = await bench(n, Number(values.seed));
    writeFileSync(join(BENCH, `results-${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
    results.push(result);
  }
  console.log(markdownTable(results));
  console.log(JSON.stringify(results, null, 2));
}
