import { describe, expect, it } from 'vitest';
import { EXPORTS, exportFile } from '../../../src/lib/data/exports.ts';
import { EXPORT_SCHEMAS, exportJsonSchema } from '../../../src/lib/data/schemas.ts';
import type { OrganizationRecord, ServiceRecord } from '../../../src/lib/data/formats/hsds.ts';
import { fixtureContext } from './fixtures.ts';
import { validator } from './ajv.ts';

const ctx = fixtureContext();
const file = (collection: string) => exportFile(EXPORTS.find((d) => d.collection === collection)!, ctx);
const orgs = () => file('organisationer').poster as OrganizationRecord[];
const offers = () => file('tilbud').poster as ServiceRecord[];

describe('collection exports', () => {
  it.each(EXPORTS.map((d) => d.collection))('%s validates against its published JSON Schema (ajv)', (collection) => {
    const schema = EXPORT_SCHEMAS.find((s) => s.name === collection)!;
    const validate = validator().compile(exportJsonSchema(schema, ctx.site));
    expect(validate(JSON.parse(JSON.stringify(file(collection)))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the published schema rejects a record that breaks the format', () => {
    const schema = EXPORT_SCHEMAS.find((s) => s.name === 'organisationer')!;
    const validate = validator().compile(exportJsonSchema(schema, ctx.site));
    const broken = JSON.parse(JSON.stringify(file('organisationer')));
    broken.poster[0].id = 'ikke-en-uuid';
    broken.poster[0].personnummer = '010165-1234';
    expect(validate(broken)).toBe(false);
  });

  it('exports published entries only, with the count in "antal"', () => {
    const orgs = file('organisationer');
    expect(orgs.antal).toBe(3);
    expect(orgs.poster).toHaveLength(3);
    expect(JSON.stringify([orgs, file('eksempler')])).not.toMatch(/kladde/);
  });

  it('carries the HSDS contact fields of the role mailbox and main number only, and no owner or body', () => {
    const org = orgs().find((p) => p.vidensbasen.slug === 'organisationer/org-a')!;
    expect(org).toMatchObject({ email: 'info@org-a.example.dk', phones: [{ number: '+4533333333', type: 'voice' }] });
    expect(org.organization_identifiers).toEqual([expect.objectContaining({ identifier_scheme: 'DK-CVR', identifier: '12345674' })]);
    expect(JSON.stringify(file('organisationer'))).not.toMatch(/"ejer"|Redaktionen|"body"/);
  });

  it('links offers to their organisation by the same stable id', () => {
    const org = orgs().find((p) => p.vidensbasen.slug === 'organisationer/org-a')!;
    const offer = offers().find((p) => p.vidensbasen.slug === 'tilbud/samtaler-a')!;
    expect(offer.organization_id).toBe(org.id);
    expect(offer.attributes.map((a) => a.taxonomy_term.name)).toEqual(['Pårørende', 'Rådgivning']);
  });
});
