import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { unfoldedAxeViolations } from './support/site.ts';

const site = useSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

const PAGES = ['/bidrag/', '/bidrag/felter/', '/bidrag/felter/eksempler/', '/redaktion/', '/organisationer/hjerteforeningen/'];

describe('the contributors\' pages in the browser', () => {
  it.each(PAGES)('%s has no WCAG 2.1 AA violations axe can find (reference lists opened)', async (path) => {
    expect(await unfoldedAxeViolations(context, `${site.url}${path}`)).toEqual([]);
  });

  it.each(['/bidrag/', '/bidrag/felter/', '/bidrag/felter/eksempler/', '/redaktion/'])('%s reflows at 320 CSS pixels without scrolling sideways (WCAG 1.4.10)', async (path) => {
    const narrow = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await narrow.newPage();
    await page.goto(`${site.url}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.close();
  });

  it('a reference field\'s list of file names opens from the keyboard', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/bidrag/felter/tilbud/`);
    const summary = page.locator('#felt-organisation summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#felt-organisation details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#felt-organisation details code').first().textContent()).toMatch(/^[a-z0-9-]+$/);
    await page.close();
  });
});
