import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { of } from '../unit/content/corpus.ts';
import { useSite } from './support/fixture.ts';
import { unfoldedAxeViolations } from './support/site.ts';

const site = useSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

const council = of('sundhedsraad')[0]!.file.id;

describe('open data in the browser', () => {
  it.each(['/data/', `/sundhedsraad/${council}/`])('%s has no WCAG 2.1 AA violations axe can find', async (path) => {
    expect(await unfoldedAxeViolations(context, `${site.url}${path}`)).toEqual([]);
  });

  it('serves the feed and the CSV files with their media types, and the home page links the feed', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const feedLink = page.getByRole('link', { name: 'Følg nye og ændrede poster (Atom-feed)' });
    expect(await feedLink.getAttribute('href')).toBe('/nyt.atom');
    const feed = await page.request.get(`${site.url}/nyt.atom`);
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    const csv = await page.request.get(`${site.url}/data/sundhedsraad/${council}.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await page.close();
  });
});
