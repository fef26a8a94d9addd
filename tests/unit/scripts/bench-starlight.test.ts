import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AstroPhases } from '../../../scripts/lib/astro-phases.ts';
import type { BuildResult } from '../../../scripts/bench/measure-build.ts';
import { measureDist } from '../../../scripts/bench/measure-dist.ts';
import { copyCorpus, installIsCurrent, starlightPagefind, STARLIGHT_SITE, type StarlightResult } from '../../../scripts/bench/measure-starlight.ts';
import { markdownTable, type BenchResult } from '../../../scripts/bench/report.ts';

const root = resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const phases = (viteMdxSeconds: number, renderSeconds: number): AstroPhases => ({ startupSeconds: 1, contentSyncSeconds: 0.5, bundleSeconds: viteMdxSeconds - 0.5, viteMdxSeconds, renderSeconds, afterSeconds: 0.2 });

/** A result as run.ts writes it, with the site's build taking `total` seconds. */
function result(total: number, starlight?: StarlightResult): BenchResult {
  const dist = join(tmp, 'dist');
  mkdirSync(join(dist, 'tilbud/et-tilbud'), { recursive: true });
  writeFileSync(join(dist, 'tilbud/et-tilbud/index.html'), '<!doctype html><html lang="da"><title>Et tilbud</title></html>');
  const build: BuildResult = {
    tjekSeconds: 2,
    astroSeconds: total - 4,
    phases: phases(10, 4),
    pagefindSeconds: 2,
    totalSeconds: total,
    cpuSeconds: { astro: 20, pagefind: 3, tjek: 8 },
    peakRssBytes: { tree: 2 ** 30, astro: 2 ** 30, pagefind: 2 ** 27, tjek: 2 ** 28 },
    loadAverage: { before: 1, after: 1.5 },
  };
  return { n: 1000, seed: 1, lengths: 'guide', date: '2026-12-01T16:00:00Z', machine: { cpus: 2, memoryGiB: 8, node: 'v24' }, generateSeconds: 1, contentErrors: 0, build, dist: measureDist(dist), ...(starlight ? { starlight } : {}) };
}

const starlight: StarlightResult = {
  totalSeconds: 50,
  phases: phases(26, 12),
  pagefindSeconds: 9.5,
  htmlFiles: 851,
  cpuSeconds: { astro: 30, pagefind: 5 },
  peakRssBytes: { tree: 1.5 * 2 ** 30, astro: 1.3 * 2 ** 30, pagefind: 0.2 * 2 ** 30 },
};

const row = (table: string, label: string) => table.split('\n').find((line) => line.startsWith(`| ${label}`));

describe('the Starlight reference in the bench report', () => {
  it('shows Starlight’s phases, its whole build and the site’s build as a share of it', () => {
    const table = markdownTable([result(30, starlight)]);
    expect(row(table, 'Starlight: Vite/MDX / sider / Pagefind')).toContain('| 26.0 s / 12.0 s / 9.5 s |');
    expect(row(table, 'Starlight i alt')).toContain('| 50.0 s / 35.0 s / 1536 MB |');
    expect(row(table, 'Bygning i alt i forhold til Starlight (mål: højst 0,75×)')).toContain('| 0.60× |');
    expect(row(table, 'Maks. hukommelse, Vidensbasen / plain Astro / Starlight')).toContain('| 1024 MB / – / 1536 MB |');
  });

  it('shows a dash where a run had no Starlight build', () => {
    const table = markdownTable([result(30)]);
    for (const label of ['Starlight: Vite/MDX', 'Starlight i alt', 'Bygning i alt i forhold til Starlight', 'Bygning i alt i forhold til plain Astro']) expect(row(table, label)).toMatch(/\| – \|$/);
  });
});

describe('Starlight’s own Pagefind step', () => {
  it('is read from its stamped, coloured log lines', () => {
    const lines = [
      { ms: 20_000, line: '16:11:34 [build] ✓ Completed in 17.64s.' },
      { ms: 20_100, line: '16:11:34 \u001b[34m[starlight:pagefind]\u001b[39m Building search index with Pagefind...' },
      { ms: 24_000, line: '16:11:40 \u001b[34m[starlight:pagefind]\u001b[39m Found 851 HTML files.' },
      { ms: 27_350, line: '16:11:41 \u001b[34m[starlight:pagefind]\u001b[39m Finished building search index in 7.25s.' },
    ];
    expect(starlightPagefind(lines)).toEqual({ seconds: 7.25, htmlFiles: 851 });
  });

  it('is NaN, not zero, when the log lacks its lines', () => {
    const { seconds, htmlFiles } = starlightPagefind([{ ms: 1, line: '[build] Complete!' }]);
    expect(seconds).toBeNaN();
    expect(htmlFiles).toBeNaN();
  });
});

describe('the Starlight reference site', () => {
  it('gets the corpus’s MDX entries in their collection folders, and only those', () => {
    const content = join(tmp, 'content');
    const docs = join(tmp, 'docs');
    mkdirSync(join(content, 'tilbud'), { recursive: true });
    mkdirSync(join(content, 'kilder'), { recursive: true });
    writeFileSync(join(content, 'tilbud/et-tilbud.mdx'), '---\ntitel: Et tilbud\n---\n\nTekst.\n');
    writeFileSync(join(content, 'kilder/en-kilde.yaml'), 'titel: En kilde\n');
    mkdirSync(join(docs, 'gammel'), { recursive: true });
    writeFileSync(join(docs, 'gammel/rest.mdx'), 'fra en tidligere kørsel');
    expect(copyCorpus(content, docs)).toBe(1);
    expect(readdirSync(docs, { recursive: true }).sort()).toEqual(['tilbud', 'tilbud/et-tilbud.mdx']);
    expect(readFileSync(join(docs, 'tilbud/et-tilbud.mdx'), 'utf8')).toContain('titel: Et tilbud');
  });

  it('is reinstalled only when node_modules differs from its lockfile', () => {
    const locked = { '': {}, 'node_modules/astro': { version: '7.3.5' }, 'node_modules/@pagefind/darwin-arm64': { version: '1.6.0', optional: true } };
    expect(installIsCurrent(locked, { 'node_modules/astro': { version: '7.3.5' } })).toBe(true);
    expect(installIsCurrent(locked, { 'node_modules/astro': { version: '7.3.4' } })).toBe(false);
    expect(installIsCurrent(locked, {})).toBe(false);
    expect(installIsCurrent(locked, { 'node_modules/astro': { version: '7.3.5' }, 'node_modules/i18next': { version: '26.0.7' } })).toBe(false);
  });

  it('pins the same Astro, MDX and Markdown versions as the project, so only Starlight differs', () => {
    const versions = (dir: string) => {
      const packages: Record<string, { version: string }> = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')).packages;
      return ['astro', '@astrojs/mdx', '@astrojs/markdown-remark', 'pagefind'].map((name) => packages[`node_modules/${name}`]?.version);
    };
    expect(versions(STARLIGHT_SITE)).toEqual(versions(root));
    const manifest: { dependencies: Record<string, string> } = JSON.parse(readFileSync(join(STARLIGHT_SITE, 'package.json'), 'utf8'));
    expect(Object.values(manifest.dependencies).every((range) => /^\d+\.\d+\.\d+$/.test(range)), 'exakte versioner').toBe(true);
  });
});
