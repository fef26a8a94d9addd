import { describe, expect, it } from 'vitest';
import { fieldDocs, frontmatterJsonSchema } from '../../../src/lib/schema-doc.ts';
import { validator } from './ajv.ts';

const valid = {
  status: 'publiceret', ejer: 'Redaktionen', sidstGennemgaaet: '2026-11-22', naesteGennemgang: '2027-05-22',
  navn: 'Sundhedsråd Nord', region: 'oestdanmark', kommuner: [], kommunerVerificeret: false,
  indgang: 'ikke udpeget endnu', resume: 'Et råd.', kilder: ['kilde-a'],
};

describe('frontmatterJsonSchema', () => {
  const schema = frontmatterJsonSchema('sundhedsraad');
  const validate = validator().compile(schema);

  it('describes what editors write: dates as ÅÅÅÅ-MM-DD strings, references as file names', () => {
    expect(schema.properties!['sidstGennemgaaet']).toMatchObject({ type: 'string', format: 'date' });
    expect(schema.properties!['kilder']!.items).toMatchObject({ type: 'string', title: 'Henvisning til kilder' });
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects unknown fields, wrong vocabulary values, personal mailboxes and non-dates', () => {
    expect(validate({ ...valid, navnn: 'x' })).toBe(false);
    expect(validate({ ...valid, region: 'fyn' })).toBe(false);
    expect(validate({ ...valid, indgang: { rolle: 'Koordinator', mail: 'mailto:jens.hansen@region.dk' } })).toBe(false);
    expect(validate({ ...valid, indgang: { rolle: 'Koordinator', mail: 'mailto:civilsamfund@region.dk' } })).toBe(true);
    expect(validate({ ...valid, sidstGennemgaaet: '22-11-2026' })).toBe(false);
  });

  it('carries the schemas\' field descriptions (.describe() in the schema modules) and the vocabulary labels', () => {
    expect(schema.properties!['kommunerVerificeret']!.description).toBe('true, hvis en kilde bekræfter, at listen over kommuner er fuldstændig, ellers false.');
    expect(schema.properties!['region']!['enumDescriptions']).toContain('Region Østdanmark');
  });
});

describe('fieldDocs', () => {
  it('lists nested fields with type, requiredness and labelled values', () => {
    const rows = fieldDocs(frontmatterJsonSchema('organisationer'));
    expect(rows.find((r) => r.path === 'kontakt.telefon')).toMatchObject({ type: 'Hovednummer (tel:+45…)', required: false });
    expect(rows.find((r) => r.path === 'type')!.values).toContainEqual({ value: 'patientforening', label: 'Patientforening' });
    expect(rows.find((r) => r.path === 'navn')).toMatchObject({ type: 'Tekst (højst 160 tegn)', required: true });
  });
});
