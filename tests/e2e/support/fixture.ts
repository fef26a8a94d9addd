import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveSite, type ServeOptions } from './server.ts';

/** The built site served on loopback and one Chromium for a test file. */
export interface SiteFixture {
  /** Base URL of the served site, e.g. `http://localhost:40123`. */
  readonly url: string;
  readonly browser: Browser;
  /** A new browser context (its own cookies, viewport, JavaScript on or off). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new context. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Serves a built site (default `dist/`) and starts Chromium before a test file's first test, and
 * stops both after its last; every browser test starts the same way (Starlight's e2e `testFactory`).
 * Call it at the top level of the test file.
 */
export function useSite(dir = 'dist', options: ServeOptions = {}): SiteFixture {
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [site, browser] = await Promise.all([serveSite(dir, options), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    site?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSite() er ikke startet: kald den øverst i testfilen.');
    return value;
  };
  return {
    get url() {
      return started(site).url;
    },
    get browser() {
      return started(browser);
    },
    newContext: (contextOptions) => started(browser).newContext(contextOptions),
    newPage: async (contextOptions) => (await started(browser).newContext(contextOptions)).newPage(),
  };
}
