/**
 * Builds the same corpus with the plain-Astro reference site (scripts/bench/plain-astro/: one
 * collection, MDX with Astro's defaults, no plugins) and indexes it with the Pagefind CLI, so the
 * bench can show the site's build next to what Astro itself costs. Measured like the site's build:
 * wall time per step, Astro's phases from its stamped log lines, CPU time and peak memory of the
 * process tree. The content cache is cleared (`--force`), as a cold build of the site does.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroPhases, lineStamper, type AstroPhases } from '../lib/astro-phases.ts';
import { sampleTree } from './proc-sampler.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = join(import.meta.dirname, 'plain-astro');

/** The reference build's measurements; times in seconds, memory in bytes. */
export interface PlainResult {
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  phases: AstroPhases;
  cpuSeconds: { astro: number; pagefind: number };
  peakRssBytes: { astro: number; pagefind: number };
}

interface StepResult {
  ms: number;
  cpuSeconds: number;
  peakRssBytes: number;
  lines: ReturnType<ReturnType<typeof lineStamper>['end']>;
}

/** Runs one step of the reference build with the project's own binaries first on PATH. */
function step(command: string, args: string[], env: Record<string, string>): Promise<StepResult> {
  const started = performance.now();
  const path = `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`;
  const child = spawn(join(ROOT, 'node_modules/.bin', command), args, { cwd: ROOT, env: { ...process.env, PATH: path, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTree(child.pid as number, () => 'all');
  const out = [lineStamper(started), lineStamper(started)];
  child.stdout.on('data', (chunk: Buffer) => out[0]?.push(chunk, performance.now()));
  child.stderr.on('data', (chunk: Buffer) => out[1]?.push(chunk, performance.now()));
  return new Promise((done, fail) =>
    child.on('close', (code) => {
      const now = performance.now();
      const sample = sampler.stop();
      const lines = out.flatMap((s) => s.end(now)).sort((a, b) => a.ms - b.ms);
      if (code !== 0) fail(new Error(`${command} fejlede (kode ${code}):\n${lines.slice(-40).map((l) => l.line).join('\n')}`));
      else done({ ms: now - started, cpuSeconds: sample.cpuSecondsByStep['all'] ?? 0, peakRssBytes: sample.peakRssBytes, lines });
    }),
  );
}

/** Builds `contentDir`'s MDX entries with the plain-Astro site into `outDir` and indexes them. */
export async function measurePlain(contentDir: string, outDir: string): Promise<PlainResult> {
  rmSync(outDir, { recursive: true, force: true });
  const env = { PLAIN_ASTRO_CONTENT: resolve(contentDir), PLAIN_ASTRO_CACHE: resolve(outDir, '..', `${outDir.split('/').at(-1) ?? 'plain'}-cache`) };
  const astro = await step('astro', ['build', '--force', '--root', SITE, '--outDir', resolve(outDir)], env);
  const pagefind = await step('pagefind', ['--site', resolve(outDir)], env);
  return {
    astroSeconds: astro.ms / 1000,
    pagefindSeconds: pagefind.ms / 1000,
    totalSeconds: (astro.ms + pagefind.ms) / 1000,
    phases: astroPhases(astro.lines, astro.ms),
    cpuSeconds: { astro: astro.cpuSeconds, pagefind: pagefind.cpuSeconds },
    peakRssBytes: { astro: astro.peakRssBytes, pagefind: pagefind.peakRssBytes },
  };
}

if (import.meta.main) {
  const [content = join(ROOT, '.bench/content-1000'), out = join(ROOT, '.bench/plain-dist-1000')] = process.argv.slice(2);
  console.log(JSON.stringify(await measurePlain(content, out), null, 2));
}
