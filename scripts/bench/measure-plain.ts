/**
 * Builds the same corpus with the plain-Astro reference site (scripts/bench/plain-astro/: one
 * collection, MDX with Astro's defaults, no plugins) and indexes it with the Pagefind CLI, so the
 * bench can show the site's build next to what Astro itself costs. Measured like the site's build:
 * wall time per step, Astro's phases from its stamped log lines, CPU time and peak memory of the
 * process tree. The content cache is cleared (`--force`), as a cold build of the site does.
 */
import { join, resolve } from 'node:path';
import { astroPhases, type AstroPhases } from '../lib/astro-phases.ts';
import { prepareOutDir, runStep } from './reference-step.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = join(import.meta.dirname, 'plain-astro');
const BIN = join(ROOT, 'node_modules/.bin');

/** The reference build's measurements; times in seconds, memory in bytes. */
export interface PlainResult {
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  phases: AstroPhases;
  cpuSeconds: { astro: number; pagefind: number };
  peakRssBytes: { astro: number; pagefind: number };
}

/** Builds `contentDir`'s MDX entries with the plain-Astro site into `outDir` and indexes them. */
export async function measurePlain(contentDir: string, outDir: string): Promise<PlainResult> {
  const env = { PLAIN_ASTRO_CONTENT: resolve(contentDir), PLAIN_ASTRO_CACHE: prepareOutDir(outDir) };
  const astro = await runStep(join(BIN, 'astro'), ['build', '--force', '--root', SITE, '--outDir', resolve(outDir)], { env });
  const pagefind = await runStep(join(BIN, 'pagefind'), ['--site', resolve(outDir)], { env });
  return {
    astroSeconds: astro.ms / 1000,
    pagefindSeconds: pagefind.ms / 1000,
    totalSeconds: (astro.ms + pagefind.ms) / 1000,
    phases: astroPhases(astro.lines, astro.ms),
    cpuSeconds: { astro: astro.cpuSeconds['all'] ?? 0, pagefind: pagefind.cpuSeconds['all'] ?? 0 },
    peakRssBytes: { astro: astro.peakRssBytes, pagefind: pagefind.peakRssBytes },
  };
}

if (import.meta.main) {
  const [content = join(ROOT, '.bench/content-1000'), out = join(ROOT, '.bench/plain-dist-1000')] = process.argv.slice(2);
  console.log(JSON.stringify(await measurePlain(content, out), null, 2));
}
