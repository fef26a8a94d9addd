/**
 * The organisation and offer exports against Open Referral HSDS 3.0. The official JSON schemas may
 * not be copied into this repository, so the fields they require are listed here as read from
 * github.com/openreferral/specification at commit 67e7b37a4b1e03324d6bd107c56cafd153b9d2d0
 * (schema/<name>.json, "required"). The published export schemas must require at least those
 * fields with the official types, every export must validate, and a broken record must not.
 */
import { describe, expect, it } from 'vitest';
import { EXPORTS, exportFile } from '../../../src/lib/data/exports.ts';
import type { OrganizationRecord, ServiceRecord } from '../../../src/lib/data/formats/hsds.ts';
import { EXPORT_SCHEMAS, exportJsonSchema } from '../../../src/lib/data/schemas.ts';
import type { JsonSchema } from '../../../src/lib/schema-doc.ts';
import { fixtureContext } from './fixtures.ts';
import { validator } from './ajv.ts';

type Official = { required: string[]; types: Record<string, 'string' | 'number' | 'object' | 'array'> };

/** "required" and the types of the fields we publish, per official file. */
const OFFICIAL: Record<string, Official> = {
  organization: { required: ['id', 'name', 'description'], types: { id: 'string', name: 'string', description: 'string', email: 'string', website: 'string', phones: 'array', organization_identifiers: 'array', attributes: 'array' } },
  service: { required: ['id', 'name', 'status'], types: { id: 'string', organization_id: 'string', name: 'string', description: 'string', url: 'string', status: 'string', application_process: 'string', fees_description: 'string', assured_date: 'string', service_areas: 'array', service_at_locations: 'array', attributes: 'array' } },
  attribute: { required: ['id', 'link_type'], types: { id: 'string', link_id: 'string', link_type: 'string', link_entity: 'string', taxonomy_term_id: 'string', taxonomy_term: 'object' } },
  taxonomy_term: { required: ['id', 'name', 'description'], types: { id: 'string', code: 'string', name: 'string', description: 'string', taxonomy_id: 'string', taxonomy: 'object' } },
  taxonomy: { required: ['id', 'name', 'description'], types: { id: 'string', name: 'string', description: 'string' } },
  phone: { required: ['id', 'number'], types: { id: 'string', number: 'string', type: 'string' } },
  organization_identifier: { required: ['id', 'identifier_type', 'identifier'], types: { identifier_scheme: 'string', identifier_type: 'string', identifier: 'string' } },
  service_area: { required: ['id'], types: { id: 'string', service_id: 'string', name: 'string' } },
  service_at_location: { required: ['id'], types: { id: 'string', service_id: 'string', location_id: 'string', location: 'object' } },
  location: { required: ['id', 'location_type'], types: { id: 'string', location_type: 'string', url: 'string', organization_id: 'string', name: 'string', addresss: 'array' } },
  address: { required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'], types: { location_id: 'string', address_1: 'string', city: 'string', state_province: 'string', postal_code: 'string', country: 'string', address_type: 'string' } },
};

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

/** Where each official object sits in the organisation and offer export schemas. */
const PLACES: [file: string, path: string, official: keyof typeof OFFICIAL][] = [
  ['organisationer', 'poster[]', 'organization'],
  ['organisationer', 'poster[].phones[]', 'phone'],
  ['organisationer', 'poster[].organization_identifiers[]', 'organization_identifier'],
  ['organisationer', 'poster[].attributes[]', 'attribute'],
  ['organisationer', 'poster[].attributes[].taxonomy_term', 'taxonomy_term'],
  ['organisationer', 'poster[].attributes[].taxonomy_term.taxonomy', 'taxonomy'],
  ['tilbud', 'poster[]', 'service'],
  ['tilbud', 'poster[].service_areas[]', 'service_area'],
  ['tilbud', 'poster[].attributes[].taxonomy_term', 'taxonomy_term'],
  ['tilbud', 'poster[].service_at_locations[]', 'service_at_location'],
  ['tilbud', 'poster[].service_at_locations[].location', 'location'],
  ['tilbud', 'poster[].service_at_locations[].location.addresss[]', 'address'],
];

describe('HSDS 3.0: organisations and offers', () => {
  it.each(PLACES)('%s %s requires what the official %s.json requires, with its types', (name, path, official) => {
    const node = at(schemaOf(name), path);
    const { required, types } = OFFICIAL[official]!;
    expect(node['required'] as string[]).toEqual(expect.arrayContaining(required));
    const properties = node['properties'] as Record<string, JsonSchema>;
    for (const [field, type] of Object.entries(types)) {
      expect(properties[field], `${official}.${field}`).toBeDefined();
      expect(at(node, field)['type'], `${official}.${field}`).toBe(type);
    }
  });

  it.each(['organisationer', 'tilbud'])('every %s record validates against the published schema', (name) => {
    const validate = validator().compile(schemaOf(name));
    expect(validate(file(name)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('every taxonomy_term carries a description and its taxonomy', () => {
    const terms = [...(file('organisationer').poster as OrganizationRecord[]), ...(file('tilbud').poster as ServiceRecord[])].flatMap((r) => r.attributes.map((a) => a.taxonomy_term));
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      expect(term.description).toContain(term.name);
      expect(term.taxonomy).toMatchObject({ id: term.taxonomy_id, name: expect.any(String), description: expect.any(String) });
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
    delete (offer(noPostcode).service_at_locations[0]!.location.addresss[0] as { postal_code?: string }).postal_code;
    expect(validate(noPostcode)).toBe(false);
  });

  it('an offer with an address gets a physical location, an online offer a virtual one, each linked by service_at_location', () => {
    const offers = file('tilbud').poster as ServiceRecord[];
    const withPlaces = offers.find((p) => p.vidensbasen.slug === 'tilbud/samtaler-c')!;
    const [physical, virtual] = withPlaces.service_at_locations;
    expect(physical).toMatchObject({ service_id: withPlaces.id, location_id: physical!.location.id, location: { location_type: 'physical', organization_id: withPlaces.organization_id } });
    expect(physical!.location.addresss).toEqual([expect.objectContaining({ address_1: 'Eksempelvej 1', postal_code: '2100', city: 'København Ø', state_province: 'Region Hovedstaden', country: 'DK', address_type: 'physical', location_id: physical!.location.id })]);
    expect(virtual).toMatchObject({ service_id: withPlaces.id, location: { location_type: 'virtual', url: 'https://tilbud.example.dk/', addresss: [] } });
    // No address and not online: no location is made up.
    expect(offers.find((p) => p.vidensbasen.slug === 'tilbud/samtaler-a')!.service_at_locations).toEqual([]);
  });

  it('states the data licence in every export file (CC BY 4.0 unless set)', () => {
    for (const def of EXPORTS) {
      expect(file(def.collection).licens).toEqual({ navn: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.da' });
    }
  });
});
