import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';

const site = useSite();

describe('no third-party requests', () => {
  it('home, a list, a detail page and a search load nothing from any other origin', async () => {
    const context = await site.browser.newContext();
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

  it('sets no cookie and stores nothing in the browser, on reading pages and while searching (/privatliv/ promises it)', async () => {
    const context = await site.browser.newContext();
    const setCookie: string[] = [];
    context.on('response', async (response) => {
      const header = await response.headerValue('set-cookie');
      if (header) setCookie.push(`${response.url()}: ${header}`);
    });
    const page = await context.newPage();
    const stored = () => page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    const empty = { cookie: '', local: 0, session: 0 };
    for (const path of ['/', '/privatliv/', '/organisationer/', '/vejledninger/frivillige-paa-afdelingen/', '/data/', '/soeg/?q=frivillige']) {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(await stored(), path).toEqual(empty);
    }
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await page.fill('#sitesoeg', 'tavshedspligt');
    await page.locator('[data-soeg-popup] a').first().waitFor({ timeout: 15_000 });
    expect(await stored(), 'efter søgning i sidehovedet').toEqual(empty);
    // Enter leaves the page (to the search page or the first hit): wait for the new page to load.
    await Promise.all([page.waitForURL((url) => url.pathname !== '/', { waitUntil: 'networkidle' }), page.keyboard.press('Enter')]);
    expect(await stored(), `efter Enter i søgefeltet (${page.url()})`).toEqual(empty);
    expect(setCookie).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
