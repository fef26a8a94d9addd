import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACETS, facetValuesOf } from '../../src/lib/facets.ts';
import type { CollectionName } from '../../src/schemas/shared/collections.ts';
import { useSite } from './support/fixture.ts';
import { published } from './support/search.ts';

/** The faceted catalogues: static lists without JavaScript, filters with it. One browser for the file. */
const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  page.setDefaultTimeout(10_000);
});

const CATALOGUES = Object.keys(FACETS) as CollectionName[];
const examples = published('eksempler').map((e) => ({ url: e.url, values: facetValuesOf('eksempler', e.data, FACETS['eksempler']) }));

/** The example URLs that pass a filter: OR within a facet, AND across, computed from content/. */
const expected = (filter: Record<string, string[]>) =>
  examples.filter((e) => Object.entries(filter).every(([f, keys]) => keys.some((k) => e.values[f as 'tema']?.includes(k)))).map((e) => e.url).sort();

/** Values of a facet among the examples, most used first. */
const byUse = (facet: 'tema' | 'region') => {
  const tally = new Map<string, number>();
  for (const e of examples) for (const v of e.values[facet] ?? []) tally.set(v, (tally.get(v) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1]).map(([v]) => v);
};

const visibleCards = () =>
  page.$$eval('main li.card', (cards) =>
    cards.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => new URL(c.querySelector('a')!.href).pathname).sort(),
  );
const tick = async (facet: string, value: string) => {
  await page.check(`details[data-katalog] input[name="${facet}"][value="${value}"]`);
};
const ticked = () => page.$$eval('details[data-katalog] input:checked', (boxes) => boxes.map((b) => `${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value}`));
/** The URL's query as sorted `name=value` pairs (the panel writes them in vocabulary order). */
const urlPairs = () => [...new URL(page.url()).searchParams].map(([k, v]) => `${k}=${v}`).sort();
const ready = () => page.waitForSelector('details[data-katalog][data-started]');

describe('without JavaScript', () => {
  it.each(CATALOGUES)('/%s/ lists every published entry and hides the filters', async (collection) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/${collection}/`);
    const links = new Set(await noJs.$$eval('main li.card a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
    const entries = published(collection);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => !links.has(e.url))).toEqual([]);
    expect(await noJs.isVisible('details[data-katalog]')).toBe(false);
    await context.close();
  });
});

describe('filtering the examples', () => {
  const [temaA, temaB] = byUse('tema') as [string, string];
  const orSet = expected({ tema: [temaA, temaB] });
  const region = byUse('region').find((r) => {
    const and = expected({ tema: [temaA, temaB], region: [r] });
    return and.length > 0 && and.length < orSet.length;
  }) as string;

  it('has values that make OR and AND differ', () => {
    expect(region).toBeDefined();
    expect(orSet.length).toBeGreaterThan(expected({ tema: [temaA] }).length);
  });

  it('combines OR within a facet and AND across facets, with counts and the URL', async () => {
    await page.goto(`${site.url}/eksempler/`);
    await page.click('details[data-katalog] summary');
    await ready();
    expect(await visibleCards()).toEqual(expected({}));

    await tick('tema', temaA);
    expect(await visibleCards()).toEqual(expected({ tema: [temaA] }));
    await tick('tema', temaB);
    expect(await visibleCards()).toEqual(orSet);
    // The count beside a region says what ticking it would show.
    const count = await page.textContent(`details[data-katalog] input[name="region"][value="${region}"] ~ [data-antal]`);
    expect(count).toBe(`(${expected({ tema: [temaA, temaB], region: [region] }).length})`);

    await tick('region', region);
    const andSet = expected({ tema: [temaA, temaB], region: [region] });
    expect(await visibleCards()).toEqual(andSet);
    expect(await page.textContent('[data-katalog-status]')).toBe(`Viser ${andSet.length} af ${examples.length}`);
    expect(urlPairs()).toEqual([`region=${region}`, `tema=${temaA}`, `tema=${temaB}`].sort());

    await page.reload();
    await ready();
    expect(await visibleCards()).toEqual(andSet);
    expect((await ticked()).sort()).toEqual([`region=${region}`, `tema=${temaA}`, `tema=${temaB}`].sort());

    await page.goBack();
    expect(urlPairs()).toEqual([`tema=${temaA}`, `tema=${temaB}`].sort());
    expect(await visibleCards()).toEqual(orSet);
    expect((await ticked()).sort()).toEqual([`tema=${temaA}`, `tema=${temaB}`].sort());

    await page.click('details[data-katalog] [data-ryd]');
    expect(urlPairs()).toEqual([]);
    expect(await visibleCards()).toEqual(expected({}));
    expect(await ticked()).toEqual([]);
  });

  it('survives leaving for an entry and coming Back', async () => {
    await page.goto(`${site.url}/eksempler/?region=${region}`);
    await ready();
    const filtered = await visibleCards();
    expect(filtered).toEqual(expected({ region: [region] }));
    await page.click(`main li.card a[href="${filtered[0]}"]`);
    await page.waitForURL(`**${filtered[0]}`);
    await page.goBack();
    await ready();
    expect(await visibleCards()).toEqual(filtered);
  });

  it('opens filtered from a facet link on an entry page', async () => {
    const example = examples.find((e) => e.values.tema?.length) as (typeof examples)[number];
    await page.goto(`${site.url}${example.url}`);
    const link = page.locator('.facts a[href^="/eksempler/?tema="]').first();
    const href = (await link.getAttribute('href')) as string;
    await link.click();
    await ready();
    const key = new URLSearchParams(href.split('?')[1]).get('tema') as string;
    expect(await visibleCards()).toEqual(expected({ tema: [key] }));
    expect(await visibleCards()).toContain(example.url);
  });
});
