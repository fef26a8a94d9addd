import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files.ts';
import { builtPages, readPage } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
const files = readAllContent(resolve(root, 'content'), root);
const statusOf = (f: (typeof files)[number]) => (f.data as { status?: string }).status;
const pages = new Set(builtPages());

describe('the built site', () => {
  it('has a page for every published entry', () => {
    const published = files.filter((f) => statusOf(f) === 'publiceret');
    expect(published.length).toBeGreaterThan(0);
    const missing = published.map((f) => `/${f.collection}/${f.id}/`).filter((p) => !pages.has(p));
    expect(missing).toEqual([]);
  });

  it('has no page for a draft', () => {
    const drafts = files.filter((f) => statusOf(f) === 'udkast');
    expect(drafts.length, 'indholdet skal have mindst ét udkast, så testen kan vise noget').toBeGreaterThan(0);
    const leaked = drafts.map((f) => `/${f.collection}/${f.id}/`).filter((p) => pages.has(p));
    expect(leaked).toEqual([]);
    for (const draft of drafts) {
      expect(readPage('/sitemap-0.xml')).not.toContain(`/${draft.collection}/${draft.id}/`);
    }
  });

  it('has a list page for every collection, a home page and a 404 page', () => {
    for (const collection of new Set(files.map((f) => f.collection))) expect(pages.has(`/${collection}/`)).toBe(true);
    expect(pages.has('/')).toBe(true);
    expect(pages.has('/404.html')).toBe(true);
  });

  it('ran the rehype plugins in the real build (not Sätteri, which ignores them)', () => {
    const withExternalBodyLink = files.find((f) => f.body.includes('](https://'));
    expect(withExternalBodyLink, 'der skal være mindst én ekstern link i en brødtekst').toBeDefined();
    const html = readPage(`/${withExternalBodyLink!.collection}/${withExternalBodyLink!.id}/`);
    const prose = html.slice(html.indexOf('class="prose"'));
    expect(prose).toMatch(/<a href="https:\/\/[^"]+" rel="external noopener" class="ekstern">/);
  });

  it('declares Danish on every page', () => {
    for (const page of pages) expect(readPage(page)).toMatch(/<html lang="da"/);
  });
});
