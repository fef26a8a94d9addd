import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets } from '../../scripts/bench/budgets.ts';
import { readAllContent } from '../../src/lib/content-files.ts';
import { buildBacklinks } from '../../src/lib/relations.ts';
import { validateSchemas } from '../../src/lib/validate.ts';
import { BACKLINK_LIMIT, PAGE_SIZE } from '../../src/lib/pagination.ts';
import { DIST, builtPages, readPage } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
const budgets = checkBudgets(DIST);

describe('performance budgets on the built site', () => {
  it(`loads at most ${BUDGETS.cssBytes / 1024} KB of CSS on every page`, () => {
    expect(budgets.css).toEqual([]);
  });

  it(`loads at most ${BUDGETS.fontBytes / 1024} KB of web fonts on first view, self-hosted`, () => {
    expect(budgets.fonts).toEqual([]);
  });

  it(`keeps every page under ${BUDGETS.htmlBytes / 1024} KB of HTML, and list pages under ${BUDGETS.listHtmlBytes / 1024} KB`, () => {
    expect(budgets.html).toEqual([]);
  });

  it('loads no Pagefind and at most a small loader script on content pages before the reader searches', () => {
    expect(budgets.js).toEqual([]);
  });

  it('has the same small header and footer on every page (no navigation that lists entries)', () => {
    expect(budgets.chrome).toEqual([]);
    expect(builtPages().length).toBeGreaterThan(100);
  });
});

describe('backlinks stay bounded on much-cited entries', () => {
  const { entries } = validateSchemas(readAllContent(resolve(root, 'content'), root));
  const published = entries.filter((e) => e.data['status'] === 'publiceret');
  const backlinks = buildBacklinks(published.map((e) => ({ collection: e.file.collection, id: e.file.id, data: e.data })));
  const cited = [...backlinks].filter(([, links]) => {
    const perCollection = new Map<string, number>();
    for (const l of links) if (l.from.collection !== 'kilder') perCollection.set(l.from.collection, (perCollection.get(l.from.collection) ?? 0) + 1);
    return [...perCollection.values()].some((n) => n > BACKLINK_LIMIT);
  });

  it('the real content has an entry cited more often than a page shows (so this is tested)', () => {
    expect(cited.length).toBeGreaterThan(0);
  });

  it.each(cited.map(([key, links]) => [key, links.length] as const))(
    '%s shows at most the limit per collection and links to all %i backlinks',
    (key, count) => {
      const html = readPage(`/${key}/`);
      const section = html.slice(html.indexOf('id="henvisninger"'), html.indexOf('</section>', html.indexOf('id="henvisninger"')));
      const groups = section.split('<h3>').slice(1);
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) expect((group.match(/<li>/g) ?? []).length).toBeLessThanOrEqual(BACKLINK_LIMIT);
      expect(section).toContain(`href="/${key}/henvisninger/"`);
      const all = readFileSync(resolve(DIST, key, 'henvisninger/index.html'), 'utf8');
      expect((all.match(/<li class="card">/g) ?? []).length).toBe(Math.min(count, PAGE_SIZE));
    },
  );
});
