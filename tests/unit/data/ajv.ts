import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * A real JSON Schema validator (draft 2020-12, with formats), as data users and editors'
 * editors would use. The schemas carry two non-standard annotations: `enumDescriptions` (the
 * vocabulary labels) and `x-reference` (the collection a reference field names an entry of).
 */
export function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  ajv.addKeyword({ keyword: 'x-reference', schemaType: 'string' });
  return ajv;
}
