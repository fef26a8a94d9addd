import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { fitsWidth, samplePages } from './support/site.ts';
import { published } from './support/search.ts';

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

/** A phone: 375 × 667 CSS px. */
const PHONE = { width: 375, height: 667 };

describe('the answer first on a phone', () => {
  it('starts every guide’s text within two screen heights, after the summary, in reading order too', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const guides = published('vejledninger').map((g) => g.url);
    expect(guides.length).toBeGreaterThan(3);
    const late: string[] = [];
    for (const path of guides) {
      await page.goto(site.url + path);
      const { top, order } = await page.evaluate(() => {
        const first = document.querySelector('article .prose > p');
        const article = document.querySelector('article');
        // The summary, the text, then the steps, related entries and reservations: so in the document
        // (what a screen reader reads) and on the screen alike.
        const parts = ['p.lead', '.prose', '#trin', '#relateret', '#forbehold'].map((s) => article?.querySelector(s)).filter((e): e is Element => e !== null && e !== undefined);
        const inDocument = parts.every((p, i) => i === 0 || (parts[i - 1] as Element).compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
        const tops = parts.map((p) => p.getBoundingClientRect().top);
        const onScreen = tops.every((t, i) => i === 0 || t > (tops[i - 1] as number));
        return { top: first ? first.getBoundingClientRect().top + window.scrollY : Infinity, order: parts.length >= 2 && inDocument && onScreen };
      });
      if (top > 2 * 667) late.push(`${path}: ${Math.round(top)} px`);
      expect(order, path).toBe(true);
    }
    expect(late).toEqual([]);
    await context.close();
  });
});

