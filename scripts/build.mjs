/**
 * `npm run build`: Astro (content cache cleared, so a changed plugin is never hidden) then
 * Pagefind. Fails if Astro logs an [ERROR] line even when it exits 0 (security-findings R6).
 * Options: --out <dir> (default dist), --content <dir> (default content; sets VIDENSBASEN_CONTENT,
 * which src/content.config.ts reads — the benchmark and tests build other corpora this way), --quiet.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { astroBuildArgs, errorLines } from './lib/build-log.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, content: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, values.out);

/** Runs a command, echoing its output, and resolves with the exit code and everything it printed. */
function run(command, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Whole chunks are kept and split only at the end, so a line cut between two chunks stays whole.
    const chunks = [];
    const take = (stream, out) =>
      stream.on('data', (chunk) => {
        chunks.push(chunk);
        if (!values.quiet) out.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => done({ code: code ?? 1, log: Buffer.concat(chunks).toString() }));
  });
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);
const started = performance.now();
const contentEnv = values.content ? { VIDENSBASEN_CONTENT: resolve(root, values.content) } : {};
const astro = await run(bin('astro'), astroBuildArgs(outDir), contentEnv);
const errors = errorLines(astro.log);
if (astro.code !== 0 || errors.length > 0) {
  console.error(`\nByggeriet fejlede${errors.length ? ` (${errors.length} [ERROR]-linjer i loggen)` : ''}:`);
  for (const line of errors) console.error(`  ${line}`);
  process.exit(1);
}
const astroSeconds = (performance.now() - started) / 1000;
const pagefind = await run(bin('pagefind'), ['--site', outDir]);
if (pagefind.code !== 0) {
  console.error('\nPagefind kunne ikke bygge søgeindekset.');
  process.exit(1);
}
const total = (performance.now() - started) / 1000;
console.log(`\nBygget til ${outDir}: Astro ${astroSeconds.toFixed(1)} s, i alt ${total.toFixed(1)} s.`);
