import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/data/feed.ts';
import { newsItems } from '../../../src/lib/data/news.ts';
import { sourcePath } from '../../../src/lib/model.ts';
import { fixtureContext } from './fixtures.ts';

const ctx = fixtureContext();

describe('newsItems', () => {
  it('uses the later of the last commit and the last review, and says whether an entry is new or changed', () => {
    const dates = new Map([
      [sourcePath({ collection: 'organisationer', id: 'org-a' }), { created: '2026-10-01T10:00:00+02:00', updated: '2026-12-01T09:00:00+01:00' }],
      [sourcePath({ collection: 'organisationer', id: 'org-b' }), { created: '2026-01-05T12:00:00Z', updated: '2026-01-05T12:00:00Z' }],
    ]);
    const items = newsItems(ctx, dates);
    const a = items.find((i) => i.url.endsWith('/org-a/'))!;
    const b = items.find((i) => i.url.endsWith('/org-b/'))!;
    expect(a).toMatchObject({ updated: '2026-12-01T09:00:00+01:00', published: '2026-10-01T10:00:00+02:00' });
    expect(a.categories[1]!.term).toBe('aendret');
    expect(b).toMatchObject({ updated: '2026-11-22T00:00:00Z' });
    expect(b.categories[1]!.term).toBe('ny');
    expect(items[0]).toBe(a);
  });

  it('falls back to review dates without history, and leaves out drafts and sources', () => {
    const items = newsItems(ctx, new Map());
    expect(items.every((i) => i.updated === '2026-11-22T00:00:00Z' && i.published === undefined)).toBe(true);
    expect(items.map((i) => i.url).join(' ')).not.toMatch(/kladde|\/kilder\//);
    expect(items).toHaveLength(ctx.model.byKey.size - 1);
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    id: 'urn:uuid:00000000-0000-5000-8000-000000000000', title: 'Nyt & ændret <test>', subtitle: 'Undertitel',
    self: 'https://vidensbasen.example/nyt.atom', home: 'https://vidensbasen.example/', author: 'Redaktionen',
    items: newsItems(ctx, new Map()).map((i, n) => (n === 0 ? { ...i, title: 'Tom & "Jerry" <b>\u0007' } : i)),
  });

  it('is well-formed XML with the Atom elements RFC 4287 requires', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('Nyt & ændret <test>');
    expect(feed.updated).toBe('2026-11-22T00:00:00Z');
    expect(feed.author.name).toBe('Redaktionen');
    const entries = [feed.entry].flat();
    expect(entries[0].title).toBe('Tom & "Jerry" <b>');
    for (const entry of entries) {
      expect(entry.id).toMatch(/^urn:uuid:/);
      expect(new URL(entry.link['@_href']).protocol).toBe('https:');
    }
  });

  it('states the licence of the data in <rights>, and leaves the element out when none is given', () => {
    const feed = (rights?: string) => atomFeed({ id: 'urn:uuid:0', title: 'T', subtitle: 'S', self: 'https://x.example/nyt.atom', home: 'https://x.example/', author: 'R', rights, items: [] });
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed('Data må genbruges under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.da).')).feed;
    expect(parsed.rights['#text']).toBe('Data må genbruges under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.da).');
    expect(parsed.rights['@_type']).toBe('text');
    expect(feed()).not.toContain('<rights');
  });
});
