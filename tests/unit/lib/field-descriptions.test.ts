import { describe, expect, it } from 'vitest';
import { fieldDocs, frontmatterJsonSchema } from '../../../src/lib/schema-doc.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';

describe('field descriptions live in the schemas', () => {
  for (const collection of COLLECTIONS.keys) {
    it(`every field of ${collection} has a Danish description`, () => {
      const schema = frontmatterJsonSchema(collection);
      expect(schema.description, 'samlingen skal have en beskrivelse').toMatch(/\S{3,}/);
      const rows = fieldDocs(schema);
      expect(rows.length).toBeGreaterThan(4);
      const undocumented = rows.filter((row) => row.description.trim().length < 8).map((row) => row.path);
      expect(undocumented).toEqual([]);
    });
  }

  it('names the collection a reference field points at', () => {
    const rows = fieldDocs(frontmatterJsonSchema('tilbud'));
    expect(rows.find((row) => row.path === 'organisation')).toMatchObject({ reference: 'organisationer', required: true });
    expect(rows.find((row) => row.path === 'kilder')).toMatchObject({ reference: 'kilder' });
    expect(rows.find((row) => row.path === 'titel')?.reference).toBeUndefined();
  });

  it('gives vocabulary values with their Danish labels', () => {
    const type = fieldDocs(frontmatterJsonSchema('organisationer')).find((row) => row.path === 'type');
    expect(type?.values).toContainEqual({ value: 'socialoekonomisk-virksomhed', label: 'Socialøkonomisk virksomhed' });
  });

  it('keeps the description of a date field', () => {
    const row = fieldDocs(frontmatterJsonSchema('kilder')).find((r) => r.path === 'naesteGennemgang');
    expect(row).toMatchObject({ type: 'Dato (ÅÅÅÅ-MM-DD)', required: true });
    expect(row?.description).toMatch(/tjekkes igen/);
  });
});
