/**
 * Splits an `astro build` into its phases from the lines it logs, each stamped with the time it
 * arrived (milliseconds since the process started). Astro's own timestamps have whole seconds
 * only, so the caller stamps the lines as they come. Used by scripts/build.mjs (the site) and
 * scripts/bench/measure-plain.ts (the plain-Astro reference), so both are split the same way.
 */
import { stripVTControlCharacters } from 'node:util';

/** One line of a build log and when it arrived, in ms since the build process started. */
export interface TimedLine {
  ms: number;
  line: string;
}

/** Seconds per phase; NaN when the log lacks the line that marks a phase. */
export interface AstroPhases {
  /** Start-up until the content layer starts: config, integrations, Vite server for the config. */
  startupSeconds: number;
  /** The content layer: reading entries, parsing frontmatter, validating with the schemas. */
  contentSyncSeconds: number;
  /** Vite/Rolldown bundling, where every MDX entry is compiled (remark/rehype plugins run here). */
  bundleSeconds: number;
  /** Content sync through the end of bundling, with the types and build info between them. */
  viteMdxSeconds: number;
  /** Rendering the static pages. */
  renderSeconds: number;
  /** Everything after rendering: integrations' build-done hooks (sitemap, editor), clean-up. */
  afterSeconds: number;
}

const MARKS = {
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  bundleStart: /\[build\] Building static entrypoints/,
  bundleEnd: /\[build\] Rearranging server assets/,
  renderStart: /generating static routes/,
  renderEnd: /✓ Completed in/,
};

/** The phases of one build, given its stamped lines and when the process ended. */
export function astroPhases(lines: readonly TimedLine[], endMs: number): AstroPhases {
  const clean = lines.map((l) => ({ ms: l.ms, line: stripVTControlCharacters(l.line) }));
  const at = (mark: RegExp, after = -Infinity) => clean.find((l) => l.ms >= after && mark.test(l.line))?.ms ?? NaN;
  const syncStart = at(MARKS.syncStart);
  const syncEnd = at(MARKS.syncEnd, syncStart);
  const bundleStart = at(MARKS.bundleStart);
  const bundleEnd = at(MARKS.bundleEnd, bundleStart);
  const renderStart = at(MARKS.renderStart, bundleEnd);
  const renderEnd = at(MARKS.renderEnd, renderStart);
  const s = (from: number, to: number) => (to - from) / 1000;
  return {
    startupSeconds: s(0, syncStart),
    contentSyncSeconds: s(syncStart, syncEnd),
    bundleSeconds: s(bundleStart, bundleEnd),
    viteMdxSeconds: s(syncStart, bundleEnd),
    renderSeconds: s(renderStart, renderEnd),
    afterSeconds: s(renderEnd, endMs),
  };
}

/**
 * Collects a child's output as stamped lines. Chunks are joined before splitting, so a line cut
 * between two chunks stays whole; it gets the time its last part arrived.
 */
export function lineStamper(startedMs: number) {
  const lines: TimedLine[] = [];
  let partial = '';
  return {
    lines,
    push(chunk: Buffer | string, nowMs: number) {
      const parts = (partial + chunk.toString()).split(/\r?\n/);
      partial = parts.pop() ?? '';
      for (const line of parts) lines.push({ ms: nowMs - startedMs, line });
    },
    end(nowMs: number) {
      if (partial) lines.push({ ms: nowMs - startedMs, line: partial });
      partial = '';
      return lines;
    },
  };
}
