import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { FACETS, facetValuesOf } from '../../src/lib/facets.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { useSite } from './support/fixture.ts';

/**
 * A catalogue split over pages, in the browser: the synthetic site that tests/build/scale.test.ts
 * built (400 entries, so /tilbud/ has two pages). Without JavaScript the reader pages through;
 * with it, a filter covers the whole catalogue, not just the page in view.
 */
const DIST = resolve(import.meta.dirname, '../../.bench/dist-test');
const offers = generateCorpus(400)
  .filter((e) => e.collection === 'tilbud' && e.data['status'] === 'publiceret')
  .map((e) => ({ url: `/tilbud/${e.id}/`, values: facetValuesOf('tilbud', e.data, FACETS['tilbud']) }));

const site = useSite(DIST);

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'index.html'))) throw new Error('.bench/dist-test mangler: kør build-testene (tests/build/scale.test.ts) først.');
});

const visibleCards = (page: import('playwright-core').Page) =>
  page.$$eval('main li.card', (cards) => cards.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => new URL(c.querySelector('a')!.href).pathname).sort());

describe('a paginated catalogue', () => {
  it('lists one page at a time without JavaScript, with links to the next page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/tilbud/`);
    expect(offers.length).toBeGreaterThan(PAGE_SIZE);
    expect(await visibleCards(page)).toHaveLength(PAGE_SIZE);
    await page.click('nav.pagination a[rel="next"]');
    expect(new URL(page.url()).pathname).toBe('/tilbud/side/2/');
    expect(await visibleCards(page)).toHaveLength(offers.length - PAGE_SIZE);
    await context.close();
  });

  it('filters the whole catalogue, not only the first page', async () => {
    const tally = new Map<string, number>();
    for (const o of offers) for (const t of o.values.tema ?? []) tally.set(t, (tally.get(t) ?? 0) + 1);
    const [tema] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
    const expected = offers.filter((o) => o.values.tema?.includes(tema)).map((o) => o.url).sort();
    const plain = await site.browser.newContext({ javaScriptEnabled: false });
    const first = await plain.newPage();
    await first.goto(`${site.url}/tilbud/`);
    const firstPage = new Set(await visibleCards(first));
    await plain.close();
    expect(expected.filter((url) => !firstPage.has(url)).length, 'nogle træffere står kun på side 2').toBeGreaterThan(0);
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/tilbud/?tema=${tema}`);
    await page.waitForSelector('nav.pagination', { state: 'hidden' });
    await page.waitForFunction((n) => document.querySelectorAll('main li.card:not([hidden])').length === n, expected.length);
    expect(await visibleCards(page)).toEqual(expected);
  });
});
