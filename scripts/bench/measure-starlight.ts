/**
 * Builds the same corpus with the Starlight reference site (scripts/bench/starlight/: Starlight
 * 0.42 with its defaults, the corpus as its `docs` collection), so the bench can show the site's
 * build next to Starlight's. Starlight runs Pagefind itself at the end of `astro build`; its step
 * is read from Starlight's own log lines. The reference site has its own package.json and lockfile
 * and is installed only when asked for (`npm run bench -- --starlight`), so Starlight never becomes
 * a dependency of the project. Measured like plain Astro (measure-plain.ts), cold (`--force`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { astroPhases, type TimedLine } from '../lib/astro-phases.ts';
import { stepOf, type BuildResult } from './measure-build.ts';
import { prepareOutDir, runStep } from './reference-step.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The reference site's folder; its `src/content/docs/` is where Starlight's docsLoader() reads. */
export const STARLIGHT_SITE = join(import.meta.dirname, 'starlight');

/**
 * The Starlight build's measurements, the same as the site's build has (times in seconds, memory
 * in bytes) but for the content lint, which Starlight does not have. `totalSeconds` is the whole
 * `astro build`, Starlight's Pagefind step included; `pagefindSeconds` is that step (its
 * `astro:build:done` hook), NaN if its log lines are missing.
 */
export type StarlightResult = Pick<BuildResult, 'totalSeconds' | 'phases' | 'pagefindSeconds'> & {
  cpuSeconds: Omit<BuildResult['cpuSeconds'], 'tjek'>;
  peakRssBytes: Omit<BuildResult['peakRssBytes'], 'tjek'>;
  /** The HTML files Starlight's Pagefind indexed (the MDX entries and Starlight's 404 page). */
  htmlFiles: number;
};

type LockPackages = Record<string, { version?: string; optional?: boolean }>;

/**
 * Whether `node_modules` (npm's record of it, `node_modules/.package-lock.json`) holds exactly what
 * the lockfile pins: every installed package at the locked version, and every package that is not
 * optional installed. Optional packages for other platforms are never installed, so they may lack.
 */
export function installIsCurrent(locked: LockPackages, installed: LockPackages): boolean {
  const sameVersions = Object.entries(installed).every(([key, entry]) => locked[key]?.version === entry.version);
  const nothingMissing = Object.entries(locked).every(([key, entry]) => key === '' || entry.optional === true || key in installed);
  return sameVersions && nothingMissing;
}

/** Installs the reference site from its lockfile (`npm ci`), unless that is what is installed already. */
export function installStarlight(log: (text: string) => void): void {
  const packages = (file: string): LockPackages => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).packages : {});
  const installed = packages(join(STARLIGHT_SITE, 'node_modules/.package-lock.json'));
  if (Object.keys(installed).length > 0 && installIsCurrent(packages(join(STARLIGHT_SITE, 'package-lock.json')), installed)) return;
  log('installerer Starlight-referencen (npm ci i scripts/bench/starlight/) …');
  const result = spawnSync('npm', ['ci', '--prefix', STARLIGHT_SITE, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`npm ci i ${STARLIGHT_SITE} fejlede (kode ${result.status}); kør den selv for at se hvorfor.`);
}

/** Copies every MDX entry of the corpus (`<collection>/*.mdx`) into `docsDir`, emptied first. */
export function copyCorpus(contentDir: string, docsDir: string): number {
  rmSync(docsDir, { recursive: true, force: true });
  let copied = 0;
  for (const collection of readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const files = readdirSync(join(contentDir, collection.name)).filter((name) => name.endsWith('.mdx'));
    if (files.length) mkdirSync(join(docsDir, collection.name), { recursive: true });
    for (const file of files) copyFileSync(join(contentDir, collection.name, file), join(docsDir, collection.name, file));
    copied += files.length;
  }
  return copied;
}

/** Starlight's Pagefind step from its stamped log lines: seconds, and the HTML files it found. */
export function starlightPagefind(lines: readonly TimedLine[]): { seconds: number; htmlFiles: number } {
  const clean = lines.map((l) => ({ ms: l.ms, line: stripVTControlCharacters(l.line) }));
  const start = clean.find((l) => /\[starlight:pagefind\] Building search index/.test(l.line));
  const end = clean.find((l) => /\[starlight:pagefind\] Finished building search index/.test(l.line));
  const found = clean.map((l) => /\[starlight:pagefind\] Found (\d+) HTML files/.exec(l.line)).find(Boolean);
  return { seconds: start && end ? (end.ms - start.ms) / 1000 : NaN, htmlFiles: found ? Number(found[1]) : NaN };
}

/** Builds `contentDir`'s MDX entries with the Starlight site into `outDir`, search index included. */
export async function measureStarlight(contentDir: string, outDir: string): Promise<StarlightResult> {
  const env = { STARLIGHT_CACHE: prepareOutDir(outDir) };
  copyCorpus(contentDir, join(STARLIGHT_SITE, 'src/content/docs'));
  const astro = join(STARLIGHT_SITE, 'node_modules/.bin/astro');
  // From the site's own folder: its prerendered chunks import Starlight's packages (i18next …),
  // which resolve from there, not from the project root that lacks them.
  const build = await runStep(astro, ['build', '--force', '--root', STARLIGHT_SITE, '--outDir', resolve(outDir)], { env, cwd: STARLIGHT_SITE, stepOf });
  const pagefind = starlightPagefind(build.lines);
  return {
    totalSeconds: build.ms / 1000,
    phases: astroPhases(build.lines, build.ms),
    pagefindSeconds: pagefind.seconds,
    htmlFiles: pagefind.htmlFiles,
    cpuSeconds: { astro: build.cpuSeconds['astro'] ?? 0, pagefind: build.cpuSeconds['pagefind'] ?? 0 },
    peakRssBytes: { tree: build.peakRssBytes, astro: build.peakRssByStep['astro'] ?? 0, pagefind: build.peakRssByStep['pagefind'] ?? 0 },
  };
}

if (import.meta.main) {
  const [content = join(ROOT, '.bench/content-1000'), out = join(ROOT, '.bench/starlight-dist-1000')] = process.argv.slice(2);
  installStarlight((text) => console.error(text));
  console.log(JSON.stringify(await measureStarlight(content, out), null, 2));
}
