import { describe, expect, it } from 'vitest';
import { buildBacklinks, collectRefs, groupByCollection } from '../../../src/lib/relations.ts';
import type { CollectionName } from '../../../src/schemas/index.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const entries = [
  { collection: 'eksempler', id: 'patientstoetter', data: { organisationer: [ref('organisationer', 'hjerteforeningen')], pejlemaerker: [ref('pejlemaerker', 'p1')], kilder: [ref('kilder', 'k')] } },
  { collection: 'eksempler', id: 'motionscafe', data: { organisationer: [ref('organisationer', 'haab')], pejlemaerker: [ref('pejlemaerker', 'p1')] } },
  { collection: 'tilbud', id: 'stoette', data: { organisation: ref('organisationer', 'hjerteforeningen') } },
  { collection: 'vejledninger', id: 'start', data: { relateret: { rammer: [ref('rammer', 'okonomi'), ref('rammer', 'okonomi')] } } },
] as { collection: CollectionName; id: string; data: object }[];

describe('relations', () => {
  const backlinks = buildBacklinks(entries);

  it('an organisation lists its examples and offers', () => {
    expect(backlinks.get('organisationer/hjerteforeningen')).toEqual([
      { from: ref('eksempler', 'patientstoetter'), field: 'organisationer' },
      { from: ref('tilbud', 'stoette'), field: 'organisation' },
    ]);
  });

  it('a bearing lists every example that names it', () => {
    expect(backlinks.get('pejlemaerker/p1')?.map((b) => b.from.id)).toEqual(['patientstoetter', 'motionscafe']);
  });

  it('a framework lists the guides that cite it, once even if cited twice', () => {
    expect(backlinks.get('rammer/okonomi')).toEqual([{ from: ref('vejledninger', 'start'), field: 'relateret' }]);
  });

  it('an entry nothing points at has no backlinks', () => {
    expect(backlinks.get('eksempler/motionscafe')).toBeUndefined();
  });

  it('finds references nested in objects and lists, and ignores dates and plain strings', () => {
    const found = collectRefs({ a: [ref('kilder', 'x')], b: { c: ref('rammer', 'y') }, d: new Date(), e: 'tekst' });
    expect(found.map((f) => [f.ref.id, f.path.join('.')])).toEqual([['x', 'a.0'], ['y', 'b.c']]);
  });

  it('groups backlinks by collection in the given order', () => {
    const groups = groupByCollection(backlinks.get('organisationer/hjerteforeningen') ?? [], ['tilbud', 'eksempler']);
    expect(groups.map(([c, list]) => [c, list.length])).toEqual([['tilbud', 1], ['eksempler', 1]]);
  });
});
