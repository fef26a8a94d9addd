/**
 * What scripts/build.mjs decides about an Astro build, kept apart so unit tests can prove it.
 */
import { stripVTControlCharacters } from 'node:util';

/**
 * Astro's arguments for a production build into `outDir`. `--force` clears the content-layer
 * cache, so a changed remark/rehype plugin is never hidden by stale renders (docs/sikkerhed.md, R7).
 * Only scripts/build.mjs leaves it out, when the cache key says nothing but entries changed
 * (scripts/lib/build-cache.ts).
 * @param {string} outDir
 * @param {{ force?: boolean }} [options]
 * @returns {string[]}
 */
export function astroBuildArgs(outDir, { force = true } = {}) {
  return ['build', ...(force ? ['--force'] : []), '--outDir', outDir];
}

/**
 * The lines of a build log that report an error. Astro logs some Markdown render errors as
 * `[ERROR]` and still exits 0 (docs/sikkerhed.md, R6), so the build must fail on these lines.
 * Colour codes are removed first: with FORCE_COLOR the tag may be wrapped in escape sequences.
 * @param {string} log everything the build printed (stdout and stderr)
 * @returns {string[]}
 */
export function errorLines(log) {
  return stripVTControlCharacters(log).split(/\r?\n/).filter((line) => /\[ERROR\]/.test(line));
}

/** How many of the log's last lines explain a failure that logged no [ERROR] line. */
export const FAILURE_TAIL = 30;

/**
 * What to show when Astro failed: its [ERROR] lines, or, when it failed without one (a crash, a
 * missing module, a Node.js that is too old), the last lines it printed, so the reason is never
 * hidden behind an empty "Byggeriet fejlede:".
 * @param {string} log
 * @returns {string[]}
 */
export function failureLines(log) {
  const errors = errorLines(log);
  if (errors.length > 0) return errors;
  const lines = stripVTControlCharacters(log).split(/\r?\n/).filter((line) => line.trim());
  return lines.length > 0 ? lines.slice(-FAILURE_TAIL) : ['Astro skrev intet, før det stoppede.'];
}
