import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets.ts';
import { builtPages } from '../build/support.ts';
import { useSite } from './support/fixture.ts';

const site = useSite();


const entryPage = builtPages().find((p) => /^\/organisationer\/[a-z0-9-]+\/$/.test(p))!;

describe('what a content page loads before the reader does anything', () => {
  it.each(['/', '/organisationer/', entryPage])('%s fetches no Pagefind and at most a small loader script', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    const scripts = requests.filter((r) => ['script', 'worker'].includes(r.resourceType()) || r.url().endsWith('.wasm'));
    const bytes = (await Promise.all(scripts.map(async (r) => (await r.sizes()).responseBodySize))).reduce((a, b) => a + b, 0);
    const all = requests.map((r) => r.url());
    await context.close();
    expect(all.length).toBeGreaterThan(1);
    expect(all.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.jsBytesBeforeInteraction);
  });

  it.each(['/', entryPage])('%s fetches at most the font budget of self-hosted woff2 on first view, and the web font is used', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const fonts: Request[] = [];
    page.on('requestfinished', (request) => void (request.resourceType() === 'font' && fonts.push(request)));
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    const bytes = (await Promise.all(fonts.map(async (r) => (await r.sizes()).responseBodySize))).reduce((a, b) => a + b, 0);
    const used = await page.evaluate(async () => {
      await document.fonts.ready;
      return ['400 1rem "IBM Plex Sans"', '600 1rem "IBM Plex Sans"'].map((f) => document.fonts.check(f));
    });
    await context.close();
    expect(fonts.map((r) => new URL(r.url()).origin)).toEqual(fonts.map(() => site.url.replace(/\/$/, '')));
    expect(fonts.every((r) => r.url().endsWith('.woff2'))).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.fontBytes);
    expect(used).toEqual([true, true]);
  });
});
