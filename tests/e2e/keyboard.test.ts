import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';

const site = useSite();

/** What has focus now: a short description, whether a focus indicator is drawn, and whether it is on screen. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { id: 'body', visibleFocus: false, onScreen: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const id = `${el.tagName.toLowerCase()}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''}${el.id ? `#${el.id}` : ''}:${(el.textContent ?? '').trim().slice(0, 30)}`;
    return { id, visibleFocus: outline || ring, onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.left < innerWidth && box.top < innerHeight };
  });
}

async function newPage(width: number) {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  return context.newPage();
}

describe('keyboard-only use', () => {
  it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
    const page = await newPage(1280);
    await page.goto(`${site.url}/organisationer/`);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.id).toBe('a[href="#indhold"]:Gå til indholdet');
    expect(skip.visibleFocus && skip.onScreen).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.context().close();
  });

  it('every stop on a page shows a visible focus indicator, and Tab leaves the page at the end (no trap)', async () => {
    for (const [path, width] of [['/', 1280], ['/organisationer/hjerteforeningen/', 1280], ['/tilgaengelighed/', 320]] as const) {
      const page = await newPage(width);
      await page.goto(site.url + path);
      const seen: string[] = [];
      // Bounded: a focus trap would keep focus inside the page past any real number of stops.
      for (let i = 0; i < 600; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (now.id === 'body') break;
        expect(now.visibleFocus, `${path}: ${now.id} har ingen synlig fokusmarkering`).toBe(true);
        expect(now.onScreen, `${path}: ${now.id} er uden for skærmen`).toBe(true);
        seen.push(now.id);
      }
      expect(seen.length, path).toBeGreaterThan(10);
      // Focus reached the last link in the footer and then left the document: nothing held it back.
      expect(seen.at(-1), path).toContain('a[href="/oversigt/"]');
      expect((await focused(page)).id, path).toBe('body');
      await page.context().close();
    }
  });

  it('opens the mobile menu with Enter, reaches its links with Tab and closes it again', async () => {
    const page = await newPage(320);
    await page.goto(`${site.url}/`);
    expect(await page.locator('.main-nav a[href="/strategi/"]').isVisible()).toBe(false);
    await page.focus('.main-nav summary');
    expect((await focused(page)).visibleFocus).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('.main-nav details').getAttribute('open')).toBe('');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('a[href="/strategi/"]:Strategi');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/strategi/`);
    await page.focus('.main-nav summary');
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    expect(await page.locator('.main-nav a[href="/rammer/"]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows the menu links without a disclosure on wide screens', async () => {
    const page = await newPage(1280);
    await page.goto(`${site.url}/`);
    expect(await page.locator('.main-nav summary').isVisible()).toBe(false);
    expect(await page.locator('.main-nav a[href="/ordliste/"]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('submits the header search with the keyboard alone', async () => {
    const page = await newPage(1280);
    await page.goto(`${site.url}/om/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('input#sitesoeg:');
    await page.keyboard.type('hjerteforeningen');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/soeg/' && url.searchParams.get('q') === 'hjerteforeningen');
    await page.context().close();
  });
});
