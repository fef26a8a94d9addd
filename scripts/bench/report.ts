/**
 * The benchmark's result: one JSON object per run, and the same numbers as a Markdown table
 * (one column per corpus size) that the README can show as it is.
 */
import type { BuildResult } from './measure-build.ts';
import type { DistResult } from './measure-dist.ts';
import type { QueryTiming } from './measure-search.ts';
import type { adminBytes } from './admin-bytes.ts';
import type { Lengths } from './long-bodies.ts';
import type { PlainResult } from './measure-plain.ts';
import type { StarlightResult } from './measure-starlight.ts';

/** Everything one benchmark run measured. */
export interface BenchResult {
  n: number;
  seed: number;
  /** Body lengths of the corpus (older results have none: short bodies). */
  lengths?: Lengths;
  /** Cold builds per size; `build` is the one with the median total time. */
  runs?: number;
  allTotalSeconds?: number[];
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string };
  generateSeconds: number;
  contentErrors: number;
  build: BuildResult;
  dist: DistResult;
  /** The same corpus built by the plain-Astro reference (scripts/bench/plain-astro/). */
  plain?: PlainResult;
  /** The same corpus built by the Starlight reference (scripts/bench/starlight/, `--starlight`). */
  starlight?: StarlightResult;
  /** A second build after one entry changed, with the content cache kept (scripts/lib/build-cache.ts). */
  warm?: {
    totalSeconds: number;
    astroSeconds: number;
    viteMdxSeconds: number;
    cacheKept: boolean;
    /** The cold build of the same content right after it, which it is compared with. */
    coldTotalSeconds: number;
    cpuSeconds: number;
    coldCpuSeconds: number;
    identical: boolean;
    differences: string[];
  };
  search?: {
    queries: QueryTiming[];
    coldMedianMs: number;
    coldMaxMs: number;
    warmMedianMs: number;
    warmMaxMs: number;
    coldMedianBytes: number;
    warmMedianBytes: number;
  };
  /**
   * The same corpus indexed without compound parts (`build.mjs --no-compounds`): what the parts
   * cost in index bytes and search time.
   */
  withoutCompounds?: { pagefindBytes: DistResult['pagefindBytes']; warmMedianMs: number; warmMaxMs: number; coldMedianMs: number };
  /** The header search through the site's own UI (scripts/bench-search.ts), cold and warm. */
  headerSearch?: { mode: 'cold' | 'warm'; medianMs: number; maxMs: number; medianEngineMs: number; medianKb: number }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Medians and maxima of the query timings. */
export function summariseSearch(queries: QueryTiming[]): NonNullable<BenchResult['search']> {
  return {
    queries,
    coldMedianMs: median(queries.map((q) => q.coldMs)),
    coldMaxMs: Math.max(...queries.map((q) => q.coldMs)),
    warmMedianMs: median(queries.map((q) => q.warmMs)),
    warmMaxMs: Math.max(...queries.map((q) => q.warmMs)),
    coldMedianBytes: median(queries.map((q) => q.coldBytes)),
    warmMedianBytes: median(queries.map((q) => q.warmBytes)),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes > 100 * 1024 * 1024 ? 0 : 1)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const int = (value: number) => value.toLocaleString('da-DK');

/** The rows of the table: a Danish label and how to read the value from a result. */
const phase = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : s(value));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
/** A reference build's Vite/MDX phase, page rendering and Pagefind step. */
const referencePhases = (r: Pick<PlainResult, 'phases' | 'pagefindSeconds'> | undefined) =>
  r ? `${phase(r.phases.viteMdxSeconds)} / ${phase(r.phases.renderSeconds)} / ${phase(r.pagefindSeconds)}` : '–';
const ROWS: [string, (r: BenchResult) => string][] = [
  ['Poster (N)', (r) => int(r.n)],
  ['Tekstlængde (korte / vejledning / blanding)', (r) => r.lengths ?? 'short'],
  ['Indholdstjek (lint, side om side med Astro): tid / CPU', (r) => `${phase(r.build.tjekSeconds)} / ${phase(r.build.cpuSeconds.tjek)}`],
  ['Astro: opstart', (r) => phase(r.build.phases?.startupSeconds)],
  ['Astro: Vite/MDX (indholdssynk + bundling)', (r) => phase(r.build.phases?.viteMdxSeconds)],
  ['Astro: sider renderes', (r) => phase(r.build.phases?.renderSeconds)],
  ['Plain Astro: Vite/MDX / sider / Pagefind', (r) => referencePhases(r.plain)],
  ['Vite/MDX i forhold til plain Astro', (r) => ratio(r.build.phases?.viteMdxSeconds, r.plain?.phases.viteMdxSeconds)],
  ['CPU-tid for Astro, Vidensbasen / plain Astro', (r) => (r.plain ? `${s(r.build.cpuSeconds.astro)} / ${s(r.plain.cpuSeconds.astro)} (${ratio(r.build.cpuSeconds.astro, r.plain.cpuSeconds.astro)})` : '–')],
  ['Plain Astro i alt (vægur / CPU / maks. hukommelse)', (r) => (r.plain ? `${s(r.plain.totalSeconds)} / ${s(r.plain.cpuSeconds.astro + r.plain.cpuSeconds.pagefind)} / ${mb(Math.max(r.plain.peakRssBytes.astro, r.plain.peakRssBytes.pagefind))}` : '–')],
  ['Starlight: Vite/MDX / sider / Pagefind (Starlights eget trin)', (r) => referencePhases(r.starlight)],
  ['Starlight i alt (vægur / CPU / maks. hukommelse)', (r) => (r.starlight ? `${s(r.starlight.totalSeconds)} / ${s(r.starlight.cpuSeconds.astro + r.starlight.cpuSeconds.pagefind)} / ${mb(r.starlight.peakRssBytes.tree)}` : '–')],
  ['Bygning i alt i forhold til plain Astro med Sätteri (mål: højst 1,25×)', (r) => ratio(r.build.totalSeconds, r.plain?.totalSeconds)],
  ['Bygning i alt i forhold til Starlight (mål: højst 0,75×)', (r) => ratio(r.build.totalSeconds, r.starlight?.totalSeconds)],
  ['Maks. hukommelse, Vidensbasen / plain Astro / Starlight', (r) =>
    [r.build.peakRssBytes.tree, r.plain ? Math.max(r.plain.peakRssBytes.astro, r.plain.peakRssBytes.pagefind) : undefined, r.starlight?.peakRssBytes.tree].map((b) => (b === undefined ? '–' : mb(b))).join(' / ')],
  ['Astro-bygning', (r) => s(r.build.astroSeconds)],
  ['Pagefind-indeksering', (r) => s(r.build.pagefindSeconds)],
  ['Bygning i alt', (r) => s(r.build.totalSeconds)],
  ['Bygning i alt, alle kolde kørsler', (r) => (r.allTotalSeconds ?? [r.build.totalSeconds]).map(s).join(', ')],
  ['Varm genbygning efter én ændret post: i alt (Vite/MDX), andel af kold', (r) => (r.warm ? `${s(r.warm.totalSeconds)} (${phase(r.warm.viteMdxSeconds)}), ${((r.warm.totalSeconds / r.warm.coldTotalSeconds) * 100).toFixed(0)} % af ${s(r.warm.coldTotalSeconds)}` : '–')],
  ['Varm / kold genbygning, CPU-tid', (r) => (r.warm ? `${s(r.warm.cpuSeconds)} / ${s(r.warm.coldCpuSeconds)} (${((r.warm.cpuSeconds / r.warm.coldCpuSeconds) * 100).toFixed(0)} %)` : '–')],
  ['Varm = kold bygning, side for side', (r) => (r.warm ? (r.warm.identical ? 'ja' : `nej (${r.warm.differences.length} forskelle)`) : '–')],
  ['CPU-tid (Astro + Pagefind)', (r) => s(r.build.cpuSeconds.astro + r.build.cpuSeconds.pagefind)],
  ['Maks. hukommelse (hele proces-træet)', (r) => mb(r.build.peakRssBytes.tree)],
  ['Maks. hukommelse, Astro / Pagefind / indholdstjek', (r) => `${mb(r.build.peakRssBytes.astro)} / ${mb(r.build.peakRssBytes.pagefind)} / ${mb(r.build.peakRssBytes.tjek ?? 0)}`],
  ['Belastning (load) før / efter', (r) => `${r.build.loadAverage.before.toFixed(1)} / ${r.build.loadAverage.after.toFixed(1)}`],
  ['Sider', (r) => int(r.dist.pages)],
  ['HTML i alt', (r) => mb(r.dist.htmlBytes.total)],
  ['HTML pr. side, median / maks.', (r) => `${kb(r.dist.htmlBytes.median)} / ${kb(r.dist.htmlBytes.max)}`],
  ['Største side', (r) => r.dist.htmlBytes.maxPage],
  ['Postside, median / maks.', (r) => `${kb(r.dist.htmlBytes.entryMedian)} / ${kb(r.dist.htmlBytes.entryMax)}`],
  ['Største listeside', (r) => kb(r.dist.htmlBytes.listMax)],
  ['CSS før interaktion (postside)', (r) => kb(r.dist.beforeInteraction.cssBytes)],
  ['Skrifttyper ved første visning (postside)', (r) => kb(r.dist.beforeInteraction.fontBytes)],
  ['JS før interaktion (postside)', (r) => kb(r.dist.beforeInteraction.jsBytes)],
  ['Pagefind-mappe i alt', (r) => mb(r.dist.pagefindBytes.total)],
  ['Webeditoren /admin/: HTML + JS + konfiguration (hentes før visning)', (r) => {
    const admin = r.dist.admin as ReturnType<typeof adminBytes> | undefined;
    return admin ? `${kb(admin.html)} + ${mb(admin.js)} + ${kb(admin.config)} (${mb(admin.upFront)})` : '–';
  }],
  ['Orddele fra sammensatte ord (tid til opdeling)', (r) => (r.build.search ? `${int(r.build.search.partsAdded)} (${s(r.build.search.splitSeconds)})` : '–')],
  ['Pagefind-indeks (index + fragment + filter), uden / med orddele', (r) => {
    const bytes = (p: DistResult['pagefindBytes']) => p.index + p.fragments + p.filters;
    if (!r.withoutCompounds) return '–';
    const [before, after] = [bytes(r.withoutCompounds.pagefindBytes), bytes(r.dist.pagefindBytes)];
    return `${kb(before)} / ${kb(after)} (+${(((after - before) / before) * 100).toFixed(1)} %)`;
  }],
  ['Søgning, varm uden orddele: median / maks.', (r) => (r.withoutCompounds ? `${ms(r.withoutCompounds.warmMedianMs)} / ${ms(r.withoutCompounds.warmMaxMs)}` : '–')],
  ['Søgning, kold: median / maks.', (r) => (r.search ? `${ms(r.search.coldMedianMs)} / ${ms(r.search.coldMaxMs)}` : '–')],
  ['Søgning, varm: median / maks.', (r) => (r.search ? `${ms(r.search.warmMedianMs)} / ${ms(r.search.warmMaxMs)}` : '–')],
  ['Hentet ved søgning, kold / varm (median)', (r) => (r.search ? `${kb(r.search.coldMedianBytes)} / ${kb(r.search.warmMedianBytes)}` : '–')],
  ['Søgefeltet (bench-search), kold / varm (median)', (r) => {
    const [cold, warm] = [r.headerSearch?.find((h) => h.mode === 'cold'), r.headerSearch?.find((h) => h.mode === 'warm')];
    return cold && warm ? `${ms(cold.medianMs)} / ${ms(warm.medianMs)}` : '–';
  }],
];

/** A Markdown table with one column per result. */
export function markdownTable(results: BenchResult[]): string {
  const header = `| Mål | ${results.map((r) => `N = ${int(r.n)}`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  return [header, rule, ...ROWS.map(([label, read]) => `| ${label} | ${results.map(read).join(' | ')} |`)].join('\n');
}
