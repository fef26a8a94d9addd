import { describe, expect, it } from 'vitest';
import { isEntryRef, slugReference } from '../../../src/schemas/shared/reference.ts';

describe('isEntryRef: the one test for "is this a reference"', () => {
  it('is true for what a reference field parses to', () => {
    expect(isEntryRef(slugReference('kilder').parse('visionspapir-region-hovedstaden-2025'))).toBe(true);
    expect(isEntryRef({ id: 'x', collection: 'kilder' })).toBe(true);
  });

  it('is false for anything else', () => {
    for (const value of [null, undefined, 'kilder/x', 3, [], new Date(), { id: 'x' }, { id: 'x', collection: 'kilder', title: 't' }, { id: 1, collection: 'kilder' }]) {
      expect(isEntryRef(value), JSON.stringify(value)).toBe(false);
    }
  });
});
