import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets } from '../../../scripts/bench/budgets.ts';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { fileText, writeCorpus } from '../../../scripts/bench/generate.ts';
import { planCorpus } from '../../../scripts/bench/plan.ts';
import { summariseProfile } from '../../../scripts/bench/profile.ts';
import { sampleTree } from '../../../scripts/bench/proc-sampler.ts';
import { stepOf } from '../../../scripts/bench/measure-build.ts';
import { spawn } from 'node:child_process';
import { readAllContent } from '../../../src/lib/content-files.ts';
import { lintContent } from '../../../src/lib/lint.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';
import { MAALGRUPPER, TEMAER } from '../../../src/schemas/shared/vocabularies.ts';

const root = resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'vidensbasen-bench-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the synthetic corpus', () => {
  it('has exactly N entries, spread over every collection', () => {
    for (const n of [100, 1000, 10_000]) {
      const plan = planCorpus(n);
      expect(Object.values(plan).reduce((a, b) => a + b, 0)).toBe(n);
      for (const c of COLLECTIONS.keys) expect(plan[c], `${c} ved N=${n}`).toBeGreaterThan(0);
    }
    expect(planCorpus(10_000).pejlemaerker).toBe(4);
    expect(planCorpus(10_000).tilbud).toBeGreaterThan(planCorpus(1000).tilbud * 9);
  });

  it('is the same for the same seed and different for another', () => {
    const text = (seed: number) => generateCorpus(300, seed).map(fileText).join('\n');
    expect(text(7)).toBe(text(7));
    expect(text(7)).not.toBe(text(8));
  });

  it('passes the real content rules (schemas and references) with no errors', () => {
    const dir = join(temp, 'content');
    expect(writeCorpus(200, dir)).toBe(200);
    const problems = lintContent(readAllContent(dir, root), { repoRoot: root, contentRoot: dir, spelling: false });
    expect(problems.filter((p) => p.severity === 'fejl')).toEqual([]);
    expect(readdirSync(join(dir, 'tilbud')).length).toBe(planCorpus(200).tilbud);
  }, 60_000);

  it('uses the real vocabularies, Danish text and links between entries', () => {
    const entries = generateCorpus(400);
    const tilbud = entries.filter((e) => e.collection === 'tilbud');
    expect(new Set(tilbud.flatMap((e) => e.data['temaer'] as string[])).size).toBeGreaterThan(TEMAER.keys.length / 2);
    expect(tilbud.flatMap((e) => e.data['maalgrupper'] as string[]).every((k) => (MAALGRUPPER.keys as readonly string[]).includes(k))).toBe(true);
    const body = entries.find((e) => e.collection === 'eksempler')!.body!;
    expect(body).toMatch(/^## /m);
    expect(body).toMatch(/^- /m);
    expect(body).toMatch(/\]\(\/organisationer\/[a-z0-9-]+\/\)/);
    expect(body).toMatch(/[æøå]/);
  });

  it('writes guide-length bodies (600–1,200 words, tables, links, citations) that pass the content rules', () => {
    const dir = join(temp, 'content-guide');
    writeCorpus(150, dir, undefined, 'guide');
    const problems = lintContent(readAllContent(dir, root), { repoRoot: root, contentRoot: dir, spelling: false });
    expect(problems.filter((p) => p.severity === 'fejl')).toEqual([]);
    const bodies = generateCorpus(150, undefined, 'guide').flatMap((e) => (e.body ? [e] : []));
    const words = bodies.map((e) => e.body!.replace(/\[\^1\]:.*$/m, '').split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(600);
    expect(Math.max(...words)).toBeLessThanOrEqual(1200);
    const example = bodies.find((e) => e.collection === 'eksempler')!.body!;
    expect(example).toMatch(/^\| Opgave \| Hvem \| Hvornår \|$/m);
    expect(example).toMatch(/\]\(https:\/\/www\.eksempel\.dk\//);
    expect(example).toMatch(/\[\^1\]: [a-z0-9-]+, afsnit /);
    const short = generateCorpus(150).flatMap((e) => (e.body ? [e.body] : []));
    const mix = generateCorpus(150, undefined, 'mix').flatMap((e) => (e.body ? [e.body] : []));
    const long = (list: string[]) => list.filter((b) => b.split(/\s+/).length >= 600).length;
    expect(long(short)).toBe(0);
    expect(long(mix)).toBeGreaterThan(0);
    expect(long(mix)).toBeLessThan(mix.length);
  }, 60_000);

  it('never writes into the real content folder', () => {
    expect(() => writeCorpus(100, join(root, 'content'))).toThrow(/aldrig i content/);
    expect(() => writeCorpus(100, join(root, 'content', 'tilbud'))).toThrow(/aldrig i content/);
  });
});

describe('the budget check', () => {
  const site = (pages: Record<string, string>) => {
    const dir = mkdtempSync(join(temp, 'dist-'));
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), html);
    }
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro/big.js'), 'x'.repeat(BUDGETS.jsBytesBeforeInteraction + 1));
    return dir;
  };
  const page = (main: string, extra = '') => `<html><head>${extra}</head><body><header><a href="/">Vidensbasen</a></header><main>${main}</main></body></html>`;

  it('passes a small page', () => {
    expect(checkBudgets(site({ '': page('<h1>Forside</h1>'), tilbud: page('<ul></ul>') }))).toEqual({ css: [], fonts: [], html: [], js: [], chrome: [] });
  });

  it('counts the fonts a page’s stylesheets declare and preloads, once each, against the font budget', () => {
    const dir = site({
      '': page('', '<link rel="stylesheet" href="/_astro/a.css"><link rel="preload" as="font" type="font/woff2" href="/_astro/r.woff2" crossorigin>'),
      om: page('', '<link rel="stylesheet" href="/_astro/small.css">'),
    });
    const font = (name: string, bytes: number) => writeFileSync(join(dir, '_astro', name), 'x'.repeat(bytes));
    font('r.woff2', 25_000);
    font('b.woff2', 25_000);
    font('x.woff2', 20_000);
    writeFileSync(join(dir, '_astro/a.css'), '@font-face{font-family:P;src:url(/_astro/r.woff2) format("woff2")}@font-face{font-family:P;font-weight:600;src:url(/_astro/b.woff2)}@font-face{font-family:Q;src:url("/_astro/x.woff2")}');
    writeFileSync(join(dir, '_astro/small.css'), '@font-face{font-family:P;src:url(/_astro/r.woff2)}');
    expect(checkBudgets(dir).fonts).toEqual([`/: 70000 B skrifttyper > ${BUDGETS.fontBytes} B`]);
  });

  it('catches a big page, eager JavaScript, Pagefind up front and a header that differs', () => {
    const found = checkBudgets(
      site({
        '': page('x'.repeat(BUDGETS.htmlBytes)),
        'tilbud/et-tilbud': page('', '<script type="module" src="/_astro/big.js"></script>'),
        'tilbud/andet': page('', '<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script>'),
        tilbud: page('x'.repeat(BUDGETS.listHtmlBytes)),
        om: page('').replace('<header>', '<header><a href="/tilbud/et-tilbud/">Et tilbud</a>'),
      }),
    );
    expect(found.html.map((v) => v.split(':')[0])).toEqual(['/', '/tilbud/']);
    expect(found.js.map((v) => v.split(':')[0])).toEqual(['/tilbud/andet/', '/tilbud/et-tilbud/']);
    expect(found.chrome).toHaveLength(1);
  });
});

describe('the profile summary', () => {
  it('adds up self time per function and per package', () => {
    const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url, lineNumber: 0 } });
    const summary = summariseProfile({
      nodes: [frame(1, '(root)', ''), frame(2, 'parse', 'file:///x/node_modules/micromark/index.js'), frame(3, 'render', 'file:///x/src/lib/facts.ts')],
      startTime: 0,
      endTime: 10_000,
      samples: [2, 2, 3, 2],
      timeDeltas: [1000, 1000, 3000, 1000],
    });
    expect(Object.fromEntries(summary.owners.map((o) => [o.name, o.ms]))).toEqual({ micromark: 3, 'src/lib': 3 });
    expect(summary.functions[0]!.ms).toBe(3);
  });
});

describe('the process-tree sampler', () => {
  it.each([
    ['/work/main/node_modules/.bin/node /work/main/scripts/tjek.ts /work/main/.bench/content-1000 --uden-stavning', 'tjek'],
    ['node /work/main/node_modules/.bin/astro build --outDir /work/main/.bench/dist-1000.bygges', 'astro'],
    ['/work/main/node_modules/@pagefind/linux-x64/bin/pagefind --service', 'pagefind'],
    ['node /work/main/scripts/build.mjs --quiet --json', undefined],
  ])('names the step of %s: %s', (command, step) => {
    expect(stepOf(command)).toBe(step);
  });

  it('sums memory and CPU of a child by step, reading its command line after it has started', async () => {
    // A shell that starts node, as build.mjs starts Astro: the child's command names the step. It spins
    // until it has used 0.6 s of CPU (not of wall time), so a loaded machine cannot starve the check.
    const child = spawn('sh', ['-c', `"${process.execPath}" -e "const a = Buffer.alloc(64 * 1024 * 1024, 1); while (process.cpuUsage().user < 600000);" astro-step`]);
    const sampler = sampleTree(child.pid!, stepOf, 20);
    await new Promise((done) => child.on('close', done));
    const sample = sampler.stop();
    expect(sample.peakRssByStep['astro']).toBeGreaterThan(64 * 1024 * 1024);
    expect(sample.cpuSecondsByStep['astro']).toBeGreaterThan(0.3);
    expect(sample.peakRssBytes).toBeGreaterThanOrEqual(sample.peakRssByStep['astro']!);
    // 0.6 s of CPU can take many seconds of wall time on a busy 2-core runner: the default 5 s is no budget here.
  }, 30_000);
});
