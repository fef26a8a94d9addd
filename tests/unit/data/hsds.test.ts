/**
 * The organisation and offer exports against Open Referral HSDS 3.0 as released, read from the
 * official schema files in data/hsds-3.0/ (the one source of truth): the published export schemas
 * require what each official file requires, with the official types, and publish no field the
 * official file lacks (only the knowledge base's own `vidensbasen`); every record validates
 * against organization.json or service.json with every official file loaded; a broken record
 * does not.
 */
import { describe, expect, it } from 'vitest';
import { EXPORTS, exportFile } from '../../../src/lib/data/exports.ts';
import type { OrganizationRecord, ServiceRecord } from '../../../src/lib/data/formats/hsds.ts';
import { EXPORT_SCHEMAS, exportJsonSchema } from '../../../src/lib/data/schemas.ts';
import type { JsonSchema } from '../../../src/lib/schema-doc.ts';
import { fixtureContext } from './fixtures.ts';
import { validator } from './ajv.ts';
import { officialSchemas, officialValidator } from './hsds-official.ts';

const OFFICIAL = officialSchemas();
const official = officialValidator();
const ctx = fixtureContext();
const schemaOf = (name: string) => exportJsonSchema(EXPORT_SCHEMAS.find((s) => s.name === name)!, ctx.site);
const file = (collection: string) => JSON.parse(JSON.stringify(exportFile(EXPORTS.find((d) => d.collection === collection)!, ctx)));

/** Follows local `$ref`s and walks `properties`/`items` down a path like `poster[].attributes[]`. */
function at(root: JsonSchema, path: string): JsonSchema {
  const deref = (s: JsonSchema): JsonSchema =>
    typeof s['$ref'] === 'string' ? deref(String(s['$ref']).slice(2).split('/').reduce<JsonSchema>((n, k) => n[k] as JsonSchema, root)) : s;
  return path.split('.').reduce((node, step) => {
    const many = step.endsWith('[]');
    const prop = deref((deref(node)['properties'] as Record<string, JsonSchema>)[many ? step.slice(0, -2) : step]!);
    return many ? deref(prop['items'] as JsonSchema) : prop;
  }, root);
}

/** The JSON type an official property has: its own `type`, or `object` for a `$ref` to another file. */
const officialType = (property: Record<string, unknown>) => (property['type'] as string | undefined) ?? (typeof property['$ref'] === 'string' ? 'object' : undefined);

/** Where each official object sits in the organisation and offer export schemas. */
const PLACES: [file: string, path: string, official: string][] = [
  ['organisationer', 'poster[]', 'organization'],
  ['organisationer', 'poster[].phones[]', 'phone'],
  ['organisationer', 'poster[].organization_identifiers[]', 'organization_identifier'],
  ['organisationer', 'poster[].attributes[]', 'attribute'],
  ['organisationer', 'poster[].attributes[].taxonomy_term', 'taxonomy_term'],
  ['organisationer', 'poster[].attributes[].taxonomy_term.taxonomy_detail', 'taxonomy'],
  ['tilbud', 'poster[]', 'service'],
  ['tilbud', 'poster[].service_areas[]', 'service_area'],
  ['tilbud', 'poster[].attributes[].taxonomy_term', 'taxonomy_term'],
  ['tilbud', 'poster[].service_at_locations[]', 'service_at_location'],
  ['tilbud', 'poster[].service_at_locations[].location', 'location'],
  ['tilbud', 'poster[].service_at_locations[].location.addresses[]', 'address'],
];

/** The only field the exports add to an official object: the knowledge base's own fields. */
const OWN_FIELDS = new Set(['vidensbasen']);

describe('HSDS 3.0: organisations and offers', () => {
  it('reads every official schema file (the 21 objects of HSDS 3.0)', () => {
    expect(OFFICIAL.size).toBe(21);
    for (const [, , name] of PLACES) expect(OFFICIAL.has(name), name).toBe(true);
  });

  it.each(PLACES)('%s %s is the official %s.json: its required fields, its types, no field it lacks', (name, path, officialName) => {
    const node = at(schemaOf(name), path);
    const officialSchema = OFFICIAL.get(officialName)!;
    expect(officialSchema, officialName).toBeDefined();
    expect(node['required'] as string[]).toEqual(expect.arrayContaining(officialSchema.required ?? []));
    const properties = node['properties'] as Record<string, JsonSchema>;
    for (const field of Object.keys(properties)) {
      if (OWN_FIELDS.has(field)) continue;
      const property = officialSchema.properties[field];
      expect(property, `${officialName}.json har ikke feltet "${field}"`).toBeDefined();
      expect(at(node, field)['type'], `${officialName}.${field}`).toBe(officialType(property!));
    }
  });

  it.each([['organisationer', 'organization'], ['tilbud', 'service']])('every %s record validates against the official %s.json, $refs resolved', (name, officialName) => {
    const validate = official(officialName);
    const records = file(name).poster as unknown[];
    expect(records.length).toBeGreaterThan(1);
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('a record the released schema refuses fails the official check (the taxonomy object where its name belongs, a number for a name)', () => {
    const organization = official('organization');
    const old = file('organisationer').poster[0];
    old.attributes[0].taxonomy_term.taxonomy = old.attributes[0].taxonomy_term.taxonomy_detail;
    expect(organization(old)).toBe(false);
    expect(JSON.stringify(organization.errors)).toContain('/attributes/0/taxonomy_term/taxonomy');
    const service = official('service');
    const offer = file('tilbud').poster.find((p: ServiceRecord) => p.service_at_locations.length > 0);
    offer.service_at_locations[0].location.addresses = [{ id: 'ikke-et-uuid' }];
    expect(service(offer)).toBe(false);
    expect(JSON.stringify(service.errors)).toMatch(/addresses\/0/);
    const noName = file('organisationer').poster[0];
    noName.name = 7;
    expect(organization(noName)).toBe(false);
  });

  it.each(['organisationer', 'tilbud'])('every %s record validates against the published schema', (name) => {
    const validate = validator().compile(schemaOf(name));
    expect(validate(file(name)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('every taxonomy_term carries a description, its taxonomy\'s name and the taxonomy itself', () => {
    const terms = [...(file('organisationer').poster as OrganizationRecord[]), ...(file('tilbud').poster as ServiceRecord[])].flatMap((r) => r.attributes.map((a) => a.taxonomy_term));
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      expect(term.description).toContain(term.name);
      expect(term.taxonomy_detail).toMatchObject({ id: term.taxonomy_id, name: term.taxonomy, description: expect.any(String) });
    }
  });

  it('a taxonomy_term without description, or with an empty one, fails validation', () => {
    const validate = validator().compile(schemaOf('organisationer'));
    const broken = file('organisationer');
    delete broken.poster[0].attributes[0].taxonomy_term.description;
    expect(validate(broken)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('description');
    const empty = file('organisationer');
    empty.poster[0].attributes[0].taxonomy_term.description = '';
    expect(validate(empty)).toBe(false);
  });

  it('a location without location_type, or an address without postal_code, fails validation', () => {
    const validate = validator().compile(schemaOf('tilbud'));
    const offer = (f: { poster: ServiceRecord[] }) => f.poster.find((p) => p.vidensbasen.slug === 'tilbud/samtaler-c')!;
    const noType = file('tilbud');
    delete (offer(noType).service_at_locations[0]!.location as Partial<ServiceRecord['service_at_locations'][number]['location']>).location_type;
    expect(validate(noType)).toBe(false);
    const noPostcode = file('tilbud');
    delete (offer(noPostcode).service_at_locations[0]!.location.addresses[0] as { postal_code?: string }).postal_code;
    expect(validate(noPostcode)).toBe(false);
  });

  it('an offer with an address gets a physical location, an online offer a virtual one, each linked by service_at_location', () => {
    const offers = file('tilbud').poster as ServiceRecord[];
    const withPlaces = offers.find((p) => p.vidensbasen.slug === 'tilbud/samtaler-c')!;
    const [physical, virtual] = withPlaces.service_at_locations;
    expect(physical).toMatchObject({ service_id: withPlaces.id, location_id: physical!.location.id, location: { location_type: 'physical', organization_id: withPlaces.organization_id } });
    expect(physical!.location.addresses).toEqual([expect.objectContaining({ address_1: 'Eksempelvej 1', postal_code: '2100', city: 'København Ø', state_province: 'Region Hovedstaden', country: 'DK', address_type: 'physical', location_id: physical!.location.id })]);
    expect(virtual).toMatchObject({ service_id: withPlaces.id, location: { location_type: 'virtual', url: 'https://tilbud.example.dk/', addresses: [] } });
    // No address and not online: no location is made up.
    expect(offers.find((p) => p.vidensbasen.slug === 'tilbud/samtaler-a')!.service_at_locations).toEqual([]);
  });

  it('states the data licence in every export file (CC BY 4.0 unless set)', () => {
    for (const def of EXPORTS) {
      expect(file(def.collection).licens).toEqual({ navn: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.da' });
    }
  });
});
