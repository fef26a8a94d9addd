import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { COLLECTIONS } from '../../../src/schemas/shared/collections.ts';

const dist = resolve(import.meta.dirname, '../../../dist');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels the site promises (webtilgængelighedsloven: EN 301 549 → WCAG 2.1 A and AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Every page path listed in the built sitemap(s), e.g. `/organisationer/hjerteforeningen/`.
 * The sitemap holds absolute URLs of the configured site; the tests serve it locally.
 */
export function sitemapPaths(): string[] {
  const index = readFileSync(resolve(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return sitemaps.flatMap((sitemap) =>
    [...readFileSync(resolve(dist, `.${sitemap}`), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/** A sample of page types: home, every list page and one detail page per collection. */
export function samplePages(): string[] {
  const paths = sitemapPaths();
  const details = COLLECTIONS.keys.flatMap((c) => paths.find((p) => p.startsWith(`/${c}/`) && p !== `/${c}/`) ?? []);
  return ['/', ...COLLECTIONS.keys.map((c) => `/${c}/`), ...details, '/tilgaengelighed/'];
}

/** Runs axe with the WCAG 2.1 A/AA rules and returns one readable line per violation and node. */
export async function axeViolations(page: Page, label = new URL(page.url()).pathname): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself; the default mode opens an extra blank page per
  // analysis to merge frame results, which triples the sweep's time. The site has no iframes.
  const { violations } = await new AxeBuilder({ page, axeSource }).setLegacyMode(true).withTags(WCAG_TAGS).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${label}: ${v.id} (${v.impact}) ${n.target.join(' ')} – ${v.help}`));
}

/** True when the page has no horizontal scrolling. */
export function fitsWidth(page: Page): Promise<{ scrollWidth: number; clientWidth: number; ok: boolean }> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, ok: el.scrollWidth <= el.clientWidth };
  });
}

/**
 * Opens `url` in a new page of `context`, unfolds every <details> (reference lists, filters) so axe
 * also checks what a reader can open, and returns axe's violations there; the page is closed after.
 */
export async function unfoldedAxeViolations(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    return await axeViolations(page);
  } finally {
    await page.close();
  }
}

/** A state of the search UI for axe: a page, optionally a query typed into the header search, and what shows it is ready. */
export interface SearchState {
  /** Said in the test's name after "has no violations". */
  name: string;
  path: string;
  /** Typed into the header search after pressing "/", when the state is its open results. */
  headerQuery?: string;
  /** Selectors that are on the page once the state is reached, waited for in order. */
  ready: readonly string[];
}

/**
 * Brings `page` to a search state and returns axe's violations there. The search tests check each
 * new state the same way, so how a state is reached is written once.
 */
export async function axeViolationsIn(page: Page, siteUrl: string, state: SearchState): Promise<string[]> {
  await page.goto(`${siteUrl}${state.path}`);
  if (state.headerQuery !== undefined) {
    await page.keyboard.press('/');
    await page.keyboard.type(state.headerQuery);
  }
  for (const selector of state.ready) await page.waitForSelector(selector);
  return axeViolations(page);
}
