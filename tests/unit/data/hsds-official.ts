import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Where the repository keeps Open Referral's released HSDS 3.0 schemas (data/hsds-3.0/README.md). */
export const HSDS_DIR = resolve(import.meta.dirname, '../../../data/hsds-3.0');

/** The annotations HSDS puts on its fields besides JSON Schema's own (they describe, they do not validate). */
const ANNOTATIONS = ['name', 'constraints', 'example', 'core', 'order', 'path', 'profile', 'mediatype', 'tabular_required', 'datapackage_type', 'datapackage_metadata'];

export type OfficialSchema = Record<string, unknown> & { required?: string[]; properties: Record<string, Record<string, unknown>> };

/** Every official schema file, by its name without `.json` (organization, service, …). */
export function officialSchemas(): Map<string, OfficialSchema> {
  const schemas = new Map<string, OfficialSchema>();
  for (const file of readdirSync(HSDS_DIR).filter((f) => f.endsWith('.json')).sort()) {
    schemas.set(file.replace(/\.json$/, ''), JSON.parse(readFileSync(resolve(HSDS_DIR, file), 'utf8')) as OfficialSchema);
  }
  return schemas;
}

/**
 * One validator with every official file loaded under its file name, so the files' `$ref`s
 * ("location.json") resolve to each other, as the README in data/hsds-3.0 describes.
 */
export function officialValidator(): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword });
  for (const [name, schema] of officialSchemas()) {
    const { $schema: _ignored, ...rest } = schema;
    ajv.addSchema(rest, `${name}.json`);
  }
  return (name) => {
    const validate = ajv.getSchema(`${name}.json`);
    if (!validate) throw new Error(`HSDS-skemaet ${name}.json findes ikke i ${HSDS_DIR}`);
    return validate;
  };
}
