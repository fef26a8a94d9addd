import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LABELLED_QUERIES, type LabelledQuery } from './search-queries.ts';
import { useSite } from './support/fixture.ts';
import { openSearchPage, published, searchOnPage } from './support/search.ts';

/**
 * Search quality over the labelled queries (tests/e2e/search-queries.ts), run through /soeg/ in
 * Chromium as a reader uses it: type, press Enter, read the first three; when the wanted entry is
 * not there and the page offers "Mente du …?", follow the first suggestion. Prints recall in the top 3 and mean
 * reciprocal rank, and fails under 95 % recall.
 */
const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await openSearchPage(site.browser, site.url);
});

/**
 * The result URLs a reader ends up with: those of the query, or, when what they want is not among
 * the first three and the page offers "Mente du …?", those of the first suggestion.
 */
async function readerResults(query: string, expected: readonly string[]): Promise<{ results: string[]; followed?: string }> {
  const results = await searchOnPage(page, query, { all: true });
  const suggestion = page.locator('[data-resultat-status] a[data-forslag]').first();
  if (results.slice(0, 3).some((u) => expected.includes(u)) || (await suggestion.count()) === 0) return { results };
  const followed = (await suggestion.getAttribute('data-forslag')) ?? '';
  await suggestion.click();
  await page.waitForFunction((s) => document.querySelector('[data-resultat-status]')?.textContent?.includes(`for "${s}"`) ?? false, followed);
  await page.waitForSelector('[data-soeg-resultater]:not([aria-busy])', { state: 'attached' });
  const after = await page.$$eval('[data-soeg-resultater] > li .treff-titel a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { results: after, followed };
}

describe('labelled queries', () => {
  it('name entries that exist', () => {
    const urls = new Set(
      (['organisationer', 'tilbud', 'eksempler', 'rammer', 'vejledninger', 'ordliste', 'sundhedsraad', 'enheder'] as const).flatMap((c) => published(c).map((e) => e.url)),
    );
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(50);
    expect(LABELLED_QUERIES.flatMap((l) => l.expected).filter((u) => !urls.has(u))).toEqual([]);
  });

  it('find the expected entry in the top 3 for at least 95 % of queries', async () => {
    const rows: { label: LabelledQuery; rank: number; followed?: string | undefined }[] = [];
    for (const label of LABELLED_QUERIES) {
      const { results, followed } = await readerResults(label.query, label.expected);
      const index = results.findIndex((url) => label.expected.includes(url));
      rows.push({ label, rank: index < 0 ? Infinity : index + 1, followed });
    }
    const recall = rows.filter((r) => r.rank <= 3).length / rows.length;
    const mrr = rows.reduce((sum, r) => sum + (Number.isFinite(r.rank) ? 1 / r.rank : 0), 0) / rows.length;
    const kinds = [...new Set(rows.map((r) => r.label.kind))];
    const lines = [
      `Søgekvalitet over ${rows.length} forespørgsler: recall@3 ${(recall * 100).toFixed(1)} %, MRR ${mrr.toFixed(3)}`,
      ...kinds.map((kind) => {
        const of = rows.filter((r) => r.label.kind === kind);
        return `  ${kind}: ${of.filter((r) => r.rank <= 3).length}/${of.length} i top 3`;
      }),
      ...rows.filter((r) => r.rank > 3).map((r) => `  ikke i top 3: "${r.label.query}"${r.followed ? ` (fulgte "${r.followed}")` : ''} → rang ${r.rank}`),
    ];
    console.log(lines.join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
