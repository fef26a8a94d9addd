import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/bench/budgets.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { writeCorpus } from '../../scripts/bench/generate.ts';
import { BACKLINK_LIMIT, PAGE_SIZE } from '../../src/lib/pagination.ts';

/**
 * The site at a size where lists paginate: a synthetic corpus of N entries (the benchmark's
 * generator) built with the real build script into .bench/, then checked against the budgets.
 */
const N = 400;
const root = resolve(import.meta.dirname, '../..');
const content = join(root, '.bench/content-test');
const dist = join(root, '.bench/dist-test');
const entries = generateCorpus(N);
const published = (collection: string) => entries.filter((e) => e.collection === collection && e.data['status'] === 'publiceret');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const cardLinks = (html: string) => [...main(html).matchAll(/<li class="card"[^>]*>\s*(?:<p[^>]*>[^<]*<\/p>\s*)?<h\d><a href="([^"]+)"/g)].map((m) => m[1]);

beforeAll(() => {
  writeCorpus(N, content);
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--content', content, '--out', dist, '--quiet'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`Byggeriet af ${N} syntetiske poster fejlede:\n${build.stdout}\n${build.stderr}`);
}, 300_000);

describe(`a synthetic corpus of ${N} entries`, () => {
  it('stays within every budget', () => {
    expect(checkBudgets(dist)).toEqual({ css: [], fonts: [], html: [], js: [], chrome: [] });
  });

  it('publishes no draft, although the build ran under vitest (NODE_ENV=test)', () => {
    const drafts = entries.filter((e) => e.data['status'] === 'udkast');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.filter((e) => existsSync(join(dist, e.collection, e.id)))).toEqual([]);
  });

  it('splits a long list into pages, each entry on exactly one page', () => {
    const offers = published('tilbud');
    expect(offers.length).toBeGreaterThan(PAGE_SIZE);
    const pages = Math.ceil(offers.length / PAGE_SIZE);
    const paths = ['/tilbud/', ...Array.from({ length: pages - 1 }, (_, i) => `/tilbud/side/${i + 2}/`)];
    const listed = paths.flatMap((p) => cardLinks(page(p)));
    expect(listed.sort()).toEqual(offers.map((e) => `/tilbud/${e.id}/`).sort());
    expect(existsSync(join(dist, `tilbud/side/${pages + 1}/index.html`))).toBe(false);
    expect(page('/tilbud/')).toContain('href="/tilbud/side/2/" rel="next"');
    expect(page('/tilbud/side/2/')).toContain('href="/tilbud/" rel="prev"');
  });

  it('links every group in the contents to the page and anchor where it starts', () => {
    const first = page('/tilbud/');
    const links = /<nav class="box" aria-labelledby="grupper">[\s\S]*?<\/nav>/.exec(main(first))![0];
    const targets = [...links.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.some((t) => t.startsWith('/tilbud/side/2/#'))).toBe(true);
    for (const target of targets) {
      const [path, anchor] = target.startsWith('#') ? ['/tilbud/', target.slice(1)] : target.split('#');
      expect(page(path!), target).toContain(`<h2 id="${anchor}">`);
    }
  });

  it('caps the backlinks on a much-cited page and lists all of them on its own pages', () => {
    const vision = published('kilder')[0]!;
    const citing = entries.filter((e) => e.data['status'] === 'publiceret' && (e.data['kilder'] as string[] | undefined)?.includes(vision.id));
    expect(citing.length).toBeGreaterThan(PAGE_SIZE);
    const html = page(`/kilder/${vision.id}/`);
    const section = html.slice(html.indexOf('id="henvisninger"'));
    const groups = section.slice(0, section.indexOf('</section>')).split('<h3>').slice(1);
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) expect((group.match(/<li>/g) ?? []).length).toBeLessThanOrEqual(BACKLINK_LIMIT);
    const base = `/kilder/${vision.id}/henvisninger/`;
    const pages = [base, ...Array.from({ length: Math.ceil(citing.length / PAGE_SIZE) - 1 }, (_, i) => `${base}side/${i + 2}/`)];
    expect(pages.flatMap((p) => cardLinks(page(p))).sort()).toEqual(citing.map((e) => `/${e.collection}/${e.id}/`).sort());
  });
});
