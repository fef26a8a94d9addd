/**
 * The warm rebuild: after a cold build has filled the caches, one entry changes and the site is
 * built again with the caches kept (scripts/lib/build-cache.ts); then the same content is built
 * cold into another folder, and the two sites are compared file for file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './report.ts';
import { compareDist } from './compare-dist.ts';
import { measureBuild } from './measure-build.ts';

/** Changes the first example's first heading, as an editor's small edit would. */
function changeOneEntry(contentDir: string): string {
  const folder = join(contentDir, 'eksempler');
  const name = readdirSync(folder).sort()[0] as string;
  const file = join(folder, name);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^## (.*)$/m, '## $1 (rettet)'));
  return name;
}

/** Runs the warm build and the cold build it is compared with; the cold build's cache is filled first by the caller. */
export async function measureWarm(contentDir: string, warmDir: string, coldDir: string): Promise<NonNullable<BenchResult['warm']>> {
  changeOneEntry(contentDir);
  const warm = await measureBuild(contentDir, warmDir, { warm: true });
  const cold = await measureBuild(contentDir, coldDir);
  const differences = compareDist(warmDir, coldDir);
  return {
    totalSeconds: warm.totalSeconds,
    astroSeconds: warm.astroSeconds,
    viteMdxSeconds: warm.phases.viteMdxSeconds,
    cacheKept: warm.cacheKept === true,
    coldTotalSeconds: cold.totalSeconds,
    cpuSeconds: warm.cpuSeconds.astro + warm.cpuSeconds.pagefind,
    coldCpuSeconds: cold.cpuSeconds.astro + cold.cpuSeconds.pagefind,
    identical: differences.length === 0,
    differences: differences.slice(0, 20),
  };
}
