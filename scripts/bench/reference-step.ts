/**
 * Runs one step of a reference build (plain Astro, Starlight) the way the bench measures it: wall
 * time, every output line stamped as it arrives (so Astro's phases can be read from them), and CPU
 * time and peak memory of the process tree. The project's own binaries come first on PATH, so the
 * step runs with the project's Node 24 even when its binary lives in a nested package.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lineStamper, type TimedLine } from '../lib/astro-phases.ts';
import { sampleTree, type TreeSample } from './proc-sampler.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** What one step took; `cpuSeconds` and `peakRssByStep` are per step name given by `stepOf`. */
export interface StepResult {
  ms: number;
  cpuSeconds: TreeSample['cpuSecondsByStep'];
  peakRssBytes: number;
  peakRssByStep: TreeSample['peakRssByStep'];
  lines: TimedLine[];
}

/** How a step runs: extra environment, its folder (default the project root), how its processes are named. */
export interface StepOptions {
  env: Record<string, string>;
  cwd?: string;
  /** Names the step each process of the tree belongs to; by default all of them count as "all". */
  stepOf?: (command: string) => string | undefined;
}

/**
 * Runs `binary` with `args` with NODE_ENV=production and `options.env` added, and rejects with the
 * last 40 lines of its output if it fails.
 */
export function runStep(binary: string, args: string[], { env, cwd = ROOT, stepOf = () => 'all' }: StepOptions): Promise<StepResult> {
  const started = performance.now();
  const path = `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`;
  const child = spawn(binary, args, { cwd, env: { ...process.env, PATH: path, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTree(child.pid as number, stepOf);
  const out = [lineStamper(started), lineStamper(started)];
  child.stdout.on('data', (chunk: Buffer) => out[0]?.push(chunk, performance.now()));
  child.stderr.on('data', (chunk: Buffer) => out[1]?.push(chunk, performance.now()));
  return new Promise((done, fail) =>
    child.on('close', (code) => {
      const now = performance.now();
      const sample = sampler.stop();
      const lines = out.flatMap((s) => s.end(now)).sort((a, b) => a.ms - b.ms);
      const name = binary.split('/').at(-1);
      if (code !== 0) fail(new Error(`${name} fejlede (kode ${code}):\n${lines.slice(-40).map((l) => l.line).join('\n')}`));
      else done({ ms: now - started, cpuSeconds: sample.cpuSecondsByStep, peakRssBytes: sample.peakRssBytes, peakRssByStep: sample.peakRssByStep, lines });
    }),
  );
}

/**
 * Empties `outDir` and returns the cache folder a reference build of it uses: next to it, named
 * after it (`.bench/plain-dist-1000` → `.bench/plain-dist-1000-cache`), so sizes never share a cache.
 */
export function prepareOutDir(outDir: string): string {
  rmSync(outDir, { recursive: true, force: true });
  return resolve(outDir, '..', `${outDir.split('/').at(-1) ?? 'reference'}-cache`);
}
