import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { axeViolations, sitemapPaths } from './support/site.ts';

const site = useSite();
let context: BrowserContext;

beforeAll(async () => {
  // AxeBuilder needs a page from site.browser.newContext() (docs/sikkerhed.md, R15); one context for the sweep.
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
});

describe('accessibility sweep (axe, WCAG 2.1 A and AA) in Chromium', () => {
  it('finds no violation on any page in the sitemap', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(20);
    expect(paths).toContain('/tilgaengelighed/');
    // Two tabs take turns at the list: axe runs in each page's renderer, so on two cores the sweep
    // takes about half as long as with one tab. Every path is checked once.
    const queue = [...paths];
    const checked: string[] = [];
    const violations: string[] = [];
    const tab = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await page.goto(site.url + path);
        expect(response?.status(), path).toBe(200);
        violations.push(...(await axeViolations(page, path)));
        checked.push(path);
      }
      await page.close();
    };
    await Promise.all([tab(), tab()]);
    expect(checked.toSorted()).toEqual(paths.toSorted());
    expect(violations.toSorted()).toEqual([]);
  }, 1_200_000);

  it('finds no violation on the 404 page', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/findes-ikke/`);
    expect(response?.status()).toBe(404);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds no violation with the mobile menu open at 320 px', async () => {
    const mobile = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await mobile.newPage();
    await page.goto(`${site.url}/organisationer/`);
    await page.click('.main-nav summary');
    expect(await page.locator('.main-nav a[href="/strategi/"]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await mobile.close();
  });

  it('finds no violation on the web editor\'s login screen (/admin/), Decap included', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Log ind med GitHub' }).waitFor();
    await page.getByText('Tilbage til hjemmesiden').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
