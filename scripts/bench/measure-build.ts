/**
 * Builds a corpus with the real build script (`scripts/build.mjs --content DIR --out DIR --json`)
 * and measures it: wall time of the Astro and Pagefind steps (from the script's own timings),
 * CPU time per step and the peak memory of the whole process tree (sampled from /proc).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroPhases } from '../lib/astro-phases.ts';
import { sampleTree } from './proc-sampler.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Build measurements; times in seconds, memory in bytes. */
export interface BuildResult {
  /** The content lint, which runs side by side with Astro (scripts/build.mjs). */
  tjekSeconds: number;
  astroSeconds: number;
  /** Astro's phases, from its log lines stamped as they arrived (scripts/lib/astro-phases.ts). */
  phases: AstroPhases;
  pagefindSeconds: number;
  totalSeconds: number;
  cpuSeconds: { astro: number; pagefind: number; tjek: number };
  peakRssBytes: { tree: number; astro: number; pagefind: number; tjek: number };
  /** The 1-minute load average before and after: other work on the machine slows a build. */
  loadAverage: { before: number; after: number };
  /** Whether the build kept Astro's content cache (a warm build whose cache key matched). */
  cacheKept?: boolean;
  /** Where `--profile` left the V8 CPU profiles of the build, if asked. */
  profileDir?: string;
  /** What the search indexing did (scripts/lib/search/index-site.ts): compound parts added and the time splitting took. */
  search?: { pages: number; words: number; distinctWords: number; partsAdded: number; splitSeconds: number };
}

/** The step a process of the build belongs to, from its command line. */
export const stepOf = (command: string) =>
  /scripts\/tjek\.ts/.test(command) ? 'tjek' : /pagefind/.test(command) ? 'pagefind' : /astro/.test(command) ? 'astro' : undefined;

/** The 1-minute load average (0 where /proc is missing). */
function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
}

/** Runs the build and returns its measurements; rejects with the build's output if it fails. */
export async function measureBuild(contentDir: string, outDir: string, options: { profile?: boolean; noCompounds?: boolean; warm?: boolean } = {}): Promise<BuildResult> {
  const profileDir = options.profile ? resolve(outDir, '..', `profile-${Date.now()}`) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const env = { ...process.env, ...(profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {}) };
  const before = loadAverage();
  const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--content', contentDir, '--out', outDir, '--quiet', '--json', ...(options.warm ? [] : ['--force']), ...(options.noCompounds ? ['--no-compounds'] : [])], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTree(child.pid as number, stepOf);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const sample = sampler.stop();
  if (code !== 0) throw new Error(`Byggeriet fejlede (kode ${code}):\n${output.slice(-4000)}`);
  const line = output.split('\n').find((l) => l.startsWith('{"buildTimings"'));
  if (!line) throw new Error(`build.mjs skrev ingen tider:\n${output.slice(-2000)}`);
  const parsed = JSON.parse(line) as { buildTimings: Pick<BuildResult, 'tjekSeconds' | 'astroSeconds' | 'pagefindSeconds' | 'totalSeconds' | 'phases'>; cacheKept: boolean; search?: BuildResult['search'] };
  return {
    ...parsed.buildTimings,
    cacheKept: parsed.cacheKept,
    ...(parsed.search ? { search: parsed.search } : {}),
    cpuSeconds: { astro: sample.cpuSecondsByStep['astro'] ?? 0, pagefind: sample.cpuSecondsByStep['pagefind'] ?? 0, tjek: sample.cpuSecondsByStep['tjek'] ?? 0 },
    peakRssBytes: { tree: sample.peakRssBytes, astro: sample.peakRssByStep['astro'] ?? 0, pagefind: sample.peakRssByStep['pagefind'] ?? 0, tjek: sample.peakRssByStep['tjek'] ?? 0 },
    loadAverage: { before, after: loadAverage() },
    ...(profileDir ? { profileDir } : {}),
  };
}

/** The largest CPU profile in a folder: the Astro process's, when the build ran with --profile. */
export function largestProfile(dir: string): string | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}
