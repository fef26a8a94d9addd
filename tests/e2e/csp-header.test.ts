import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serveSite } from './support/server.ts';

/**
 * The meta policy only governs the page; Pagefind's worker and its WebAssembly are governed by the
 * policy sent with the worker script (docs/sikkerhed.md, R12). So search is proven here with the
 * site's own policy sent as a real HTTP header on every response, plus the _headers file.
 */
const home = readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8');
const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(home)?.[1]?.replace(/;\s*$/, '') ?? '';
const FULL_POLICY = `${metaPolicy}; frame-ancestors 'none'`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Searches with Pagefind in the page and returns the first result's URL, or "fejl: …". The script
 * is passed as a string: vitest would otherwise rewrite its dynamic import() for Node.
 */
async function search(page: Page, query: string): Promise<string> {
  return page.evaluate(`(async () => {
    const timeout = new Promise((done) => setTimeout(() => done('fejl: tidsgrænse'), 15000));
    const run = (async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const found = await pagefind.search(${JSON.stringify(query)});
      const first = await found.results[0]?.data();
      return first?.url ?? 'fejl: intet resultat';
    })().catch((error) => 'fejl: ' + String(error));
    return Promise.race([run, timeout]);
  })()`);
}

/** Opens a page and records every CSP violation the browser reports. */
async function openRecording(url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  context.on('weberror', (e) => /Content Security Policy|CompileError/i.test(String(e.error())) && violations.push(String(e.error())));
  await page.goto(url);
  return { context, page, violations };
}

describe('the site served with security headers', () => {
  it('sends the _headers headers and the full policy as a header', async () => {
    const site = await serveSite('dist', { headers: true, csp: FULL_POLICY });
    try {
      const response = await fetch(`${site.url}/organisationer/`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect((await fetch(`${site.url}/_headers`)).status).toBe(404);
    } finally {
      site.stop();
    }
  });

  it('search works under the policy sent as a real header, with no CSP violation', async () => {
    expect(metaPolicy).toContain("'wasm-unsafe-eval'");
    const site = await serveSite('dist', { headers: true, csp: FULL_POLICY });
    try {
      const { context, page, violations } = await openRecording(`${site.url}/`);
      // Ranking is the search's business; here it only matters that Pagefind answers at all.
      expect(await search(page, 'hjerteforeningen')).toMatch(/^\/.*hjerteforeningen/);
      expect(violations).toEqual([]);
      await context.close();
    } finally {
      site.stop();
    }
  });

  it('search fails without wasm-unsafe-eval – so the test above really depends on the header', async () => {
    const site = await serveSite('dist', { csp: FULL_POLICY.replace(" 'wasm-unsafe-eval'", '') });
    try {
      const { context, page, violations } = await openRecording(`${site.url}/`);
      expect(await search(page, 'hjerteforeningen')).toMatch(/^fejl:/);
      // It failed for the right reason: the browser refused to compile Pagefind's WebAssembly.
      expect(violations.join('\n')).toMatch(/WebAssembly|wasm-unsafe-eval/);
      await context.close();
    } finally {
      site.stop();
    }
  });
});
