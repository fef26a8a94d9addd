import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files.ts';
import { FACETS, facetValuesOf, SEARCH_FACETS } from '../../src/lib/facets.ts';
import { EDITOR_PATHS } from '../../src/lib/search/readers.ts';
import { toTokens } from '../../src/lib/search/selection.ts';
import { chunkOf, WORD_LIST_DIR } from '../../src/lib/search/spelling.ts';
import { ENTRY_NOUN } from '../../src/schemas/shared/collections.ts';
import { builtPages, DIST, readPage } from './support.ts';

/** What Pagefind is given to index, read from the built HTML. */
const root = resolve(import.meta.dirname, '../..');
const entries = readAllContent(resolve(root, 'content'), root).filter((f) => (f.data as { status?: string }).status === 'publiceret');
const urlOf = (f: (typeof entries)[number]) => `/${f.collection}/${f.id}/`;
const count = (html: string, needle: string) => html.split(needle).length - 1;
const indexed = builtPages().filter((p) => readPage(p).includes('data-pagefind-body'));

describe('the search index input', () => {
  it('marks the main region of every entry page, and only that region', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const html = readPage(urlOf(entry));
      expect(count(html, 'data-pagefind-body'), urlOf(entry)).toBe(1);
      expect(html, urlOf(entry)).toMatch(/<main id="indhold"[^>]*data-pagefind-body/);
      // Navigation, header search and footer come before or after <main>, so they are not indexed.
      expect(html.indexOf('class="main-nav"')).toBeLessThan(html.indexOf('<main'));
      expect(html.indexOf('class="site-footer"')).toBeGreaterThan(html.indexOf('</main>'));
    }
  });

  it('keeps the search page, the 404 page and pages marked noindex out of the index', () => {
    expect(readPage('/soeg/')).not.toContain('data-pagefind-body');
    expect(readPage('/404.html')).not.toContain('data-pagefind-body');
    for (const page of builtPages().filter((p) => p.endsWith('/') && readPage(p).includes('name="robots" content="noindex"'))) {
      expect(readPage(page), page).not.toContain('data-pagefind-body');
    }
  });

  it('keeps the editors’ pages (contributing, field reference, editorial overview) out of the readers’ index', () => {
    const editors = builtPages().filter((p) => EDITOR_PATHS.some((prefix) => p.startsWith(prefix)));
    expect(editors).toEqual(expect.arrayContaining(['/bidrag/', '/bidrag/felter/', '/bidrag/felter/rammer/', '/redaktion/']));
    for (const page of editors) expect(readPage(page), page).not.toContain('data-pagefind-body');
  });

  it('serves no compound parts: they are added to the index in memory only', () => {
    for (const page of indexed) expect(readPage(page), page).not.toContain('data-pagefind-meta="dele:');
  });

  it('writes the site’s word list per first letter', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
    const lists = Object.fromEntries(letters.map((l) => [l, JSON.parse(readFileSync(resolve(DIST, 'pagefind', WORD_LIST_DIR, `${l}.json`), 'utf8')) as string[]]));
    for (const [letter, words] of Object.entries(lists)) for (const word of words) expect(chunkOf(word), word).toBe(letter);
    expect(lists['h']).toContain('hjerteforeningen');
    expect(lists['b']).toContain('børneattest');
    // Compound parts are searchable, so they are words the site knows.
    expect(lists['f']).toContain('foreninger');
  });

  it('gives every entry its type, summary and filters from the frontmatter', () => {
    for (const entry of entries) {
      const html = readPage(urlOf(entry));
      expect(html, urlOf(entry)).toContain(`data-pagefind-filter="samling:${entry.collection}"`);
      expect(html, urlOf(entry)).toContain(`data-pagefind-meta="type:${ENTRY_NOUN[entry.collection]}"`);
      expect(html, urlOf(entry)).toMatch(/<p class="lead" data-pagefind-meta="summary" data-pagefind-weight="3">/);
      const values = facetValuesOf(entry.collection, entry.data as Record<string, unknown>);
      for (const [facet, keys] of Object.entries(values)) {
        for (const key of keys) expect(html, urlOf(entry)).toContain(`data-pagefind-filter="${facet}:${key}"`);
      }
      const all = [...html.matchAll(/data-pagefind-filter="([^"]+)"/g)].map((m) => m[1]);
      expect(all.length, urlOf(entry)).toBe(1 + Object.values(values).flat().length);
    }
  });

  it('filters examples by every facet: pejlemærke, målgruppe, tema, status, region, sundhedsråd and type', () => {
    const names = new Set(Object.values(SEARCH_FACETS).flatMap((f) => Object.keys(f ?? {})));
    expect([...names].sort()).toEqual(['maalgruppe', 'pejlemaerke', 'region', 'status', 'sundhedsraad', 'tema', 'type']);
  });

  it('adds glossary synonyms as a hidden search field', () => {
    const html = readPage('/ordliste/civilsamfundsorganisation/');
    const words = html.match(/data-pagefind-meta="soegeord:([^"]+)"/)?.[1] ?? '';
    expect(words.split(', ')).toContain('NGO');
  });

  it('was indexed by Pagefind in Danish, one page per marked page', () => {
    const entry = JSON.parse(readFileSync(resolve(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['da']);
    expect(entry.languages['da']?.page_count).toBe(indexed.length);
  });
});

describe('the faceted catalogues', () => {
  it.each(Object.keys(FACETS))('/%s/ gives every listed entry its facet values', (collection) => {
    const html = readPage(`/${collection}/`);
    const cards = [...html.matchAll(/<li class="card" data-facetter="([^"]*)">[\s\S]*?<a href="([^"]+)"/g)].map((m) => [m[2], m[1]] as const);
    const listed = entries.filter((e) => e.collection === collection);
    expect(new Set(cards.map(([url]) => url))).toEqual(new Set(listed.map(urlOf)));
    for (const entry of listed) {
      const tokens = toTokens(facetValuesOf(entry.collection, entry.data as Record<string, unknown>, FACETS[collection]));
      expect(tokens, urlOf(entry)).not.toBe('');
      for (const [url, attr] of cards) if (url === urlOf(entry)) expect(attr, url).toBe(tokens);
    }
    expect(html).toMatch(/<details class="box filtre" data-katalog="[a-z]+" data-pagefind-ignore hidden>/);
  });
});

describe('search code on content pages', () => {
  it('is one small loader; the search UI is a separate chunk loaded on use', () => {
    const html = readPage('/organisationer/hjerteforeningen/');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    const src = scripts[0]?.match(/src="([^"]+)"/)?.[1] as string;
    expect(statSync(resolve(DIST, `.${src}`)).size).toBeLessThan(3 * 1024);
    expect(html).not.toMatch(/pagefind\.js|\/_astro\/app\./);
  });
});
