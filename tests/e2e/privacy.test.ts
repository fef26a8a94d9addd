import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serveSite } from './support/server.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  site?.stop();
});

describe('no third-party requests', () => {
  it('home, a list, a detail page and a search load nothing from any other origin', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (request) => void requests.push(request.url()));
    const page = await context.newPage();
    for (const path of ['/', '/organisationer/', '/organisationer/hjerteforeningen/', '/tilgaengelighed/', '/soeg/?q=frivillige']) {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
    }
    // Typing in the header search exercises whatever the search loads on demand.
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await page.fill('#sitesoeg', 'hjerteforeningen');
    await page.keyboard.press('Enter');
    await page.waitForLoadState('networkidle');

    const origin = new URL(site.url).origin;
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(requests.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
