import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseContentFile } from '../../../src/lib/content-files.ts';
import { scaffold } from '../../../src/lib/scaffold.ts';
import { fieldDocs, frontmatterJsonSchema } from '../../../src/lib/schema-doc.ts';
import { slugify } from '../../../src/lib/slug.ts';
import { validateSchemas } from '../../../src/lib/validate.ts';
import { COLLECTION_DEFINITIONS, COLLECTIONS } from '../../../src/schemas/index.ts';
import { VALID } from '../schemas/fixtures.ts';

const today = new Date('2026-11-22T00:00:00Z');
const FILLED_BY_SCAFFOLD = ['status', 'ejer', 'sidstGennemgaaet', 'naesteGennemgang'];

describe('the scaffold of npm run ny', () => {
  it('makes file names from titles', () => {
    expect(slugify('Kræftens Bekæmpelse – Østdanmark')).toBe('kraeftens-bekaempelse-oestdanmark');
    expect(slugify('Café Åbent Hus (Ærø)')).toBe('cafe-aabent-hus-aeroe');
  });

  for (const collection of COLLECTIONS.keys) {
    it(`${collection}: every required field fails until filled in, and the filled-in entry is valid`, () => {
      const { format, titleField } = COLLECTION_DEFINITIONS[collection];
      const text = scaffold(collection, 'En ny post', { today });
      const file = parseContentFile(collection, `content/${collection}/en-ny-post.${format}`, text);
      expect((file.data as Record<string, unknown>)['status']).toBe('udkast');
      const required = fieldDocs(frontmatterJsonSchema(collection))
        .filter((row) => row.required && !row.path.includes('.') && row.path !== titleField && !FILLED_BY_SCAFFOLD.includes(row.path))
        .map((row) => row.path);
      const failing = new Set(validateSchemas([file]).problems.map((p) => p.field?.split('.')[0]));
      expect([...failing].sort()).toEqual([...required].sort());

      // Replacing each placeholder with a real value (from the schema fixtures) makes it valid.
      const doc = parseDocument(format === 'mdx' ? (text.split('---\n')[1] ?? '') : text);
      for (const field of required) doc.set(field, VALID[collection][field]);
      const filledText = format === 'mdx' ? `---\n${String(doc)}---\n\nTekst.\n` : String(doc);
      expect(validateSchemas([parseContentFile(collection, `content/${collection}/x.${format}`, filledText)]).problems).toEqual([]);
    });
  }
});
