import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { published } from './support/search.ts';
import { axeViolations } from './support/site.ts';

/**
 * The offers filter by place (static pages per council and kommune) in Chromium, with and without
 * JavaScript: reached from the offers list by links, it lists the offers computed here from
 * content/, and its CSV download holds the same offers. axe finds nothing on it or a council page.
 */
const site = useSite();

/** The offers a citizen of `kommune` can use by their coverage, computed from content/ (not from the site's code). */
const expectedFor = (kommune: string) =>
  published('tilbud')
    .filter((t) => {
      const d = t.data['daekning'] as { omfang: string; kommuner?: string[] } | undefined;
      return d !== undefined && (['region', 'land', 'online'].includes(d.omfang) || (d.omfang === 'kommuner' && (d.kommuner ?? []).includes(kommune)));
    })
    .map((t) => t.url)
    .sort();

async function listed(page: Page): Promise<string[]> {
  return (await page.$$eval('main ul.area-list > li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort();
}

for (const javaScriptEnabled of [true, false]) {
  describe(`filtering the offers by kommune ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    let page: Page;
    let context: Awaited<ReturnType<Browser['newContext']>>;
    beforeAll(async () => {
      context = await site.browser.newContext({ javaScriptEnabled });
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
    });
    afterAll(async () => context.close());

    it('goes from the offers list to Frederiksberg Kommune by links and lists exactly the offers its citizens can use', async () => {
      await page.goto(`${site.url}/tilbud/`);
      await page.click('main a[href="/tilbud/omraade/"]');
      await page.click('main a[href="/tilbud/omraade/frederiksberg/"]');
      expect(new URL(page.url()).pathname).toBe('/tilbud/omraade/frederiksberg/');
      const expected = expectedFor('Frederiksberg');
      expect(expected.length).toBeGreaterThan(0);
      expect(await listed(page)).toEqual(expected);
      expect(await page.textContent('main')).toContain('Sundhedsråd Hovedstaden');
    });

    it('offers a CSV for Danish Excel next to the list, with the same offers', async () => {
      await page.goto(`${site.url}/tilbud/omraade/frederiksberg/`);
      const href = await page.getAttribute('a[data-omraade-csv]', 'href');
      expect(href).toBe('/data/tilbud/omraade/frederiksberg.csv');
      const response = await page.request.get(`${site.url}${href}`);
      const bytes = Buffer.from(await response.body());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.split('\r\n')[0]!.split(';').slice(0, 4)).toEqual(['Tilbud', 'Organisation', 'Resumé', 'Gruppe']);
      const titles = await page.$$eval('main ul.area-list > li > a', (as) => as.map((a) => a.textContent!.trim()));
      const rows = text.split('\r\n').filter(Boolean).slice(1);
      expect(rows).toHaveLength(titles.length);
      for (const title of titles) expect(rows.some((r) => r.startsWith(`${title};`) || r.startsWith(`"${title}";`)), title).toBe(true);
    });

    it('a kommune no source places in a council says so and still lists national and online offers', async () => {
      await page.goto(`${site.url}/tilbud/omraade/koege/`);
      expect(await page.textContent('main')).toContain('Ingen kilde, vi har, placerer kommunen i et bestemt sundhedsråd.');
      expect(await listed(page)).toEqual(expectedFor('Køge'));
    });
  });
}

describe('the council page and the filtered list in axe', () => {
  it('has 0 violations on a council page, the area index and a filtered list', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of ['/sundhedsraad/sundhedsraad-amager-og-vestegnen/', '/tilbud/omraade/', '/tilbud/omraade/frederiksberg/', '/tilbud/omraade/sundhedsraad-hovedstaden/']) {
      await page.goto(`${site.url}${path}`);
      violations.push(...(await axeViolations(page)));
    }
    await context.close();
    expect(violations).toEqual([]);
  });

  it('the council page lists its entries grouped, each with a reason, and the temporary way in', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/sundhedsraad/sundhedsraad-amager-og-vestegnen/`);
    const headings = await page.$$eval('#omraade-data ~ h3', (hs) => hs.map((h) => h.textContent!.replace(/\s*\(\d+\)$/, '').trim()));
    expect(headings).toEqual(['Lokalt i rådets kommuner', 'Hele regionen', 'Hele landet', 'Online']);
    const reasons = await page.$$eval('.council-area ul.area-list .grund', (ss) => ss.map((s) => s.textContent!.trim()));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r.startsWith('– ') && r.length > 10)).toBe(true);
    expect(await page.textContent('[data-midlertidig-indgang]')).toContain('Sådan samarbejder I med regionen');
    await context.close();
  });
});
