import { describe, expect, it } from 'vitest';
import {
  facetCounts, fromTokens, isEmpty, matches, pagefindFilters, selectionFromParams, selectionToParams, toTokens, without,
} from '../../../../src/lib/search/selection.ts';

const FACETS = ['tema', 'region'];
const items = [
  { tema: ['forebyggelse', 'frivillighed'], region: ['hovedstaden'] },
  { tema: ['forebyggelse'], region: ['sjaelland'] },
  { tema: ['kultur'], region: ['hovedstaden'] },
  { tema: ['kultur', 'forebyggelse'], region: ['midtjylland'] },
];

describe('selection from and to the URL', () => {
  it('reads repeated parameters as OR values and ignores unknown ones and empties', () => {
    const params = new URLSearchParams('q=x&tema=a&tema=b&tema=a&region=&ukendt=z');
    expect(selectionFromParams(params, FACETS)).toEqual({ tema: ['a', 'b'] });
  });

  it('writes the query first, then facets in panel order, and round-trips', () => {
    const params = selectionToParams({ region: ['r'], tema: ['a', 'b'] }, FACETS, ' frivillige ');
    expect(params.toString()).toBe('q=frivillige&tema=a&tema=b&region=r');
    expect(selectionFromParams(params, FACETS)).toEqual({ tema: ['a', 'b'], region: ['r'] });
  });

  it('keeps the existing facet link format /eksempler/?tema=forebyggelse', () => {
    expect(selectionFromParams(new URLSearchParams('?tema=forebyggelse'), FACETS)).toEqual({ tema: ['forebyggelse'] });
  });
});

describe('matching: OR within a facet, AND across facets', () => {
  it('matches any ticked value of one facet', () => {
    expect(items.filter((i) => matches(i, { tema: ['frivillighed', 'kultur'] }))).toHaveLength(3);
  });

  it('requires every facet with ticks', () => {
    const hits = items.filter((i) => matches(i, { tema: ['forebyggelse', 'kultur'], region: ['hovedstaden'] }));
    expect(hits).toEqual([items[0], items[2]]);
  });

  it('lets everything through when nothing is ticked, and nothing when an item lacks the facet', () => {
    expect(items.every((i) => matches(i, {}))).toBe(true);
    expect(isEmpty({})).toBe(true);
    expect(matches({}, { tema: ['kultur'] })).toBe(false);
  });
});

describe('facet counts', () => {
  it('counts each value against the other facets only', () => {
    const counts = facetCounts(items, { tema: ['kultur'], region: ['hovedstaden'] }, FACETS);
    // tema counts use only region=hovedstaden: items 0 and 2.
    expect(counts['tema']).toEqual({ forebyggelse: 1, frivillighed: 1, kultur: 1 });
    // region counts use only tema=kultur: items 2 and 3.
    expect(counts['region']).toEqual({ hovedstaden: 1, midtjylland: 1 });
  });

  it('counts everything without a selection', () => {
    expect(facetCounts(items, {}, FACETS)['tema']).toEqual({ forebyggelse: 3, frivillighed: 1, kultur: 2 });
  });

  it('drops one facet with without()', () => {
    expect(without({ tema: ['a'], region: ['b'] }, 'tema')).toEqual({ region: ['b'] });
  });
});

describe('Pagefind filters', () => {
  it('turns each facet into an "any" clause, leaving empty facets out', () => {
    expect(pagefindFilters({ tema: ['a', 'b'], region: [] })).toEqual({ tema: { any: ['a', 'b'] } });
  });
});

describe('facet values as card tokens', () => {
  it('round-trips through one attribute value', () => {
    const values = { tema: ['forebyggelse', 'kultur'], region: ['hovedstaden'], pejlemaerke: ['pejlemaerke-1-forebyggelse'] };
    expect(toTokens(values)).toBe('tema:forebyggelse tema:kultur region:hovedstaden pejlemaerke:pejlemaerke-1-forebyggelse');
    expect(fromTokens(toTokens(values))).toEqual(values);
    expect(fromTokens('')).toEqual({});
  });
});
