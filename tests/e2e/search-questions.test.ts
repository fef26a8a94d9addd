import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCES } from '../../src/lib/ui.ts';
import { QUESTIONS } from './search-questions.ts';
import { useSite } from './support/fixture.ts';
import { openSearchPage, published, searchOnPage } from './support/search.ts';

/**
 * Questions typed whole into /soeg/ in Chromium, as a new reader would (tests/e2e/search-questions.ts):
 * the answer must be among the first three results for at least 90 % of them and first for at
 * least 70 %. No "Mente du …?" is followed: a question's answer should come at once.
 */
const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await openSearchPage(site.browser, site.url);
});

describe('questions from the doors of "Hvem er du?"', () => {
  it('are at least 30, from every door, and name entries that exist', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
    const doors = AUDIENCES.map((a) => a.href.split('#')[1]);
    expect(new Set(QUESTIONS.map((l) => l.door))).toEqual(new Set(doors));
    const urls = new Set((['rammer', 'vejledninger', 'ordliste', 'enheder'] as const).flatMap((c) => published(c).map((e) => e.url)));
    expect(QUESTIONS.flatMap((l) => l.expected).filter((u) => !urls.has(u))).toEqual([]);
  });

  it('find their answer in the top 3 for at least 90 % and first for at least 70 %', async () => {
    const rows: { query: string; door: string; rank: number; top: string }[] = [];
    for (const label of QUESTIONS) {
      const results = await searchOnPage(page, label.query);
      const index = results.findIndex((url) => label.expected.includes(url));
      rows.push({ query: label.query, door: label.door, rank: index < 0 ? Infinity : index + 1, top: results[0] ?? '–' });
    }
    const share = (n: number) => rows.filter((r) => r.rank <= n).length / rows.length;
    const lines = [
      `Spørgsmål: ${rows.length}, top 1 ${(share(1) * 100).toFixed(1)} %, top 3 ${(share(3) * 100).toFixed(1)} %`,
      ...[...new Set(rows.map((r) => r.door))].map((door) => {
        const of = rows.filter((r) => r.door === door);
        return `  ${door}: ${of.filter((r) => r.rank === 1).length}/${of.length} først, ${of.filter((r) => r.rank <= 3).length}/${of.length} i top 3`;
      }),
      ...rows.filter((r) => r.rank > 1).map((r) => `  ikke først: "${r.query}" → rang ${r.rank} (først: ${r.top})`),
    ];
    console.log(lines.join('\n'));
    expect(share(3)).toBeGreaterThanOrEqual(0.9);
    expect(share(1)).toBeGreaterThanOrEqual(0.7);
  });
});
