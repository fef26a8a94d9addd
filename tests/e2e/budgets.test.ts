import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets.ts';
import { builtPages } from '../build/support.ts';
import { launchBrowser } from './support/browser.ts';
import { serveSite } from './support/server.ts';

let browser: Browser;
let site: { url: string; stop: () => void };

beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  site?.stop();
});

const entryPage = builtPages().find((p) => /^\/organisationer\/[a-z0-9-]+\/$/.test(p))!;

describe('what a content page loads before the reader does anything', () => {
  it.each(['/', '/organisationer/', entryPage])('%s fetches no Pagefind and at most a small loader script', async (path) => {
    const context = await browser.newContext();
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
});
