import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { fitsWidth, samplePages } from './support/site.ts';

const site = useSite();

/** WCAG 1.4.10 (reflow at 320 CSS px) and 1.4.4 (200 % zoom of a 1280 px window = 640 CSS px). */
const WIDTHS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

describe('layout without horizontal scrolling', () => {
  for (const { name, viewport, deviceScaleFactor } of WIDTHS) {
    it(`fits ${name} on home, every list page, one detail page per collection and the statement`, async () => {
      const context = await site.browser.newContext({ viewport, deviceScaleFactor });
      const page = await context.newPage();
      const overflowing: string[] = [];
      const pages = samplePages();
      expect(pages.length).toBeGreaterThan(15);
      for (const path of pages) {
        expect((await page.goto(site.url + path))?.status(), path).toBe(200);
        const { ok, scrollWidth, clientWidth } = await fitsWidth(page);
        if (!ok) overflowing.push(`${path}: ${scrollWidth} > ${clientWidth}`);
      }
      // The open mobile menu must fit too.
      await page.goto(`${site.url}/`);
      if (await page.locator('.main-nav summary').isVisible()) {
        await page.click('.main-nav summary');
        const { ok, scrollWidth, clientWidth } = await fitsWidth(page);
        if (!ok) overflowing.push(`menu åben: ${scrollWidth} > ${clientWidth}`);
      }
      expect(overflowing).toEqual([]);
      await context.close();
    });
  }

  it('fits a 640 px window with text enlarged to 200 % (text-only zoom)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 640, height: 640 } });
    const page = await context.newPage();
    for (const path of ['/', '/organisationer/', '/tilgaengelighed/']) {
      await page.goto(site.url + path);
      // A CSSOM write, which the page's CSP allows (an injected <style> would be blocked).
      await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
      const { scrollWidth, clientWidth } = await fitsWidth(page);
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
    await context.close();
  });
});
