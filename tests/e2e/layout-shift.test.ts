import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';

const site = useSite();

/**
 * Pages whose scripts reveal a filter panel must not move while they load (CLS 0): the panel holds
 * its place from the first paint (src/styles/search.css). Shifts are read from the browser's own
 * layout-shift entries, not timed.
 */
describe('no layout shift while a page loads', () => {
  for (const path of ['/', '/soeg/', '/organisationer/', '/eksempler/', '/vejledninger/frivillige-paa-afdelingen/']) {
    for (const width of [412, 1280]) {
      it(`${path} at ${width} px`, async () => {
        const page = await site.newPage({ viewport: { width, height: 823 } });
        await page.addInitScript(() => {
          const shifts: string[] = [];
          (window as unknown as { shifts: string[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
              if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(4)} ${(entry.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? '?').join(', ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        // The search page is ready once its script has revealed the panel and written the status line.
        if (path === '/soeg/') await page.waitForSelector('form[data-soegeside][data-klar]');
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
        await page.context().close();
      });
    }
  }
});
