import { describe, expect, it } from 'vitest';
import { pageHref, pageWindow, paginate } from '../../../src/lib/pagination.ts';

const group = (id: string, count: number) => ({ id, label: id.toUpperCase(), entries: Array.from({ length: count }, (_, i) => `${id}${i + 1}`) });

describe('paginate', () => {
  it('keeps a short list on one page', () => {
    const { pages, items } = paginate([group('a', 3), group('b', 2)], 10);
    expect(pages).toHaveLength(1);
    expect(items).toBe(5);
    expect(pages[0]!.sections.map((s) => [s.id, s.entries.length, s.continued])).toEqual([['a', 3, false], ['b', 2, false]]);
  });

  it('splits a long group over pages and marks where it continues', () => {
    const { pages, startPage } = paginate([group('a', 4), group('b', 7), group('c', 1)], 5);
    expect(pages.map((p) => p.sections.map((s) => `${s.id}:${s.entries.length}${s.continued ? '+' : ''}`))).toEqual([
      ['a:4', 'b:1'],
      ['b:5+'],
      ['b:1+', 'c:1'],
    ]);
    expect(pages.map((p) => [p.from, p.to])).toEqual([[1, 5], [6, 10], [11, 12]]);
    expect(Object.fromEntries(startPage)).toEqual({ a: 1, b: 1, c: 3 });
    expect(pages[1]!.sections[0]!.total).toBe(7);
  });

  it('puts every item on exactly one page, in order, and no page over the size', () => {
    const groups = [group('a', 123), group('b', 1), group('c', 250)];
    const { pages } = paginate(groups, 100);
    expect(pages.every((p) => p.sections.reduce((n, s) => n + s.entries.length, 0) <= 100)).toBe(true);
    expect(pages.flatMap((p) => p.sections.flatMap((s) => s.entries))).toEqual(groups.flatMap((g) => g.entries));
    expect(pages).toHaveLength(4);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10).pages).toEqual([{ number: 1, sections: [], from: 1, to: 0 }]);
  });
});

describe('page links', () => {
  it('keeps the first page at the list URL', () => {
    expect(pageHref('/tilbud/', 1)).toBe('/tilbud/');
    expect(pageHref('/tilbud/', 3)).toBe('/tilbud/side/3/');
  });

  it('shows the first, the last and two either side of the current page', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 34)).toEqual([1, null, 8, 9, 10, 11, 12, null, 34]);
    expect(pageWindow(34, 34)).toEqual([1, null, 32, 33, 34]);
  });

  it('stays small however many pages there are', () => {
    expect(pageWindow(500, 1000).length).toBeLessThanOrEqual(9);
  });
});
