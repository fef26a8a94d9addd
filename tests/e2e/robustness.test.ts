import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { samplePages } from './support/site.ts';

const site = useSite();

describe('without JavaScript', () => {
  it('every sampled page is readable: a heading, text, and the menu and footer links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of samplePages()) {
      await page.goto(site.url + path);
      expect(await page.locator('main h1').first().isVisible(), path).toBe(true);
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(40);
      expect(await page.locator('.main-nav a[href="/organisationer/"]').isVisible(), path).toBe(true);
      expect(await page.locator('.site-footer a[href="/tilgaengelighed/"]').isVisible(), path).toBe(true);
    }
    await context.close();
  });

  it('the mobile menu opens and leads on, on a phone-sized screen', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.click('.main-nav summary');
    await page.click('.main-nav a[href="/ordliste/"]');
    await page.waitForURL(`${site.url}/ordliste/`);
    expect(await page.locator('main h1').innerText()).toBe('Ordliste');
    await context.close();
  });

  it('a reader can follow links from the home page to a list and on to an entry', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.click('.main-nav a[href="/organisationer/"]');
    await page.waitForURL(`${site.url}/organisationer/`);
    const first = page.locator('main .card a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(site.url + href);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the 404 page', () => {
  it('is served with status 404 and helps the reader on: search and links to every section', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/organisationer/findes-ikke/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main h1').innerText()).toBe('Siden findes ikke');
    expect(await page.locator('main form[role="search"][action="/soeg/"] input[name="q"]').count()).toBe(1);
    for (const section of ['/', '/strategi/', '/organisationer/', '/ordliste/']) {
      expect(await page.locator(`main a[href="${section}"]`).count(), section).toBe(1);
    }
    await page.click('main a[href="/organisationer/"]');
    await page.waitForURL(`${site.url}/organisationer/`);
    await context.close();
  });
});
