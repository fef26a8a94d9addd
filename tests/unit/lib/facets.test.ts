import { describe, expect, it } from 'vitest';
import { FACET_NAMES, FACET_SOURCES, FACETS, facetUrl, facetValuesOf, SEARCH_FACETS } from '../../../src/lib/facets.ts';
import { COLLECTION_DEFINITIONS } from '../../../src/schemas/index.ts';
import { slugReference } from '../../../src/schemas/shared/reference.ts';

/** The top-level field names of a collection's schema (its object shape, under any refinements). */
function fieldsOf(collection: keyof typeof COLLECTION_DEFINITIONS): string[] {
  let schema = COLLECTION_DEFINITIONS[collection].schema(slugReference) as unknown as { shape?: object; def?: { in?: unknown; schema?: unknown } };
  while (!schema.shape && schema.def) schema = (schema.def.in ?? schema.def.schema) as typeof schema;
  return Object.keys(schema.shape ?? {});
}

describe('facets', () => {
  it('links a catalogue facet value as /<samling>/?<facet>=<key>, and nothing else', () => {
    expect(facetUrl('eksempler', 'tema', 'lighed-i-sundhed')).toBe('/eksempler/?tema=lighed-i-sundhed');
    expect(facetUrl('organisationer', 'type', 'patientforening')).toBe('/organisationer/?type=patientforening');
    expect(facetUrl('vejledninger', 'tema', 'forebyggelse')).toBeUndefined();
    expect(facetUrl('eksempler', 'model', 'frivillig')).toBeUndefined();
  });

  it('reads keys from vocabulary fields and ids from references, without duplicates', () => {
    const data = {
      temaer: ['forebyggelse', 'kultur', 'kultur'],
      region: 'hovedstaden',
      pejlemaerker: [{ collection: 'pejlemaerker', id: 'pejlemaerke-1-forebyggelse' }],
      sundhedsraad: { collection: 'sundhedsraad', id: 'sundhedsraad-nordsjaelland' },
      samarbejdsstatus: 'aktiv',
    };
    expect(facetValuesOf('eksempler', data)).toEqual({
      tema: ['forebyggelse', 'kultur'],
      region: ['hovedstaden'],
      pejlemaerke: ['pejlemaerke-1-forebyggelse'],
      sundhedsraad: ['sundhedsraad-nordsjaelland'],
      status: ['aktiv'],
    });
  });

  it('maps every facet to a field that exists in the schema it filters', () => {
    for (const [collection, fields] of Object.entries(SEARCH_FACETS)) {
      const known = fieldsOf(collection as keyof typeof COLLECTION_DEFINITIONS);
      expect(known.length, collection).toBeGreaterThan(5);
      for (const [facet, field] of Object.entries(fields ?? {})) {
        expect(FACET_NAMES, `${collection}.${facet}`).toContain(facet);
        expect(known, `${collection}.${facet}`).toContain(field);
      }
    }
    expect(Object.keys(FACETS).sort()).toEqual(['eksempler', 'organisationer', 'tilbud']);
  });

  it('takes vocabulary facet values from the vocabularies, never a hand-written list', () => {
    expect('vocab' in FACET_SOURCES.tema && FACET_SOURCES.tema.vocab.keys).toContain('forebyggelse');
    expect('collection' in FACET_SOURCES.pejlemaerke && FACET_SOURCES.pejlemaerke.collection).toBe('pejlemaerker');
  });
});
