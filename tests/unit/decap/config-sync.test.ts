import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decapCollection, decapConfig, decapConfigYaml, editorSettings } from '../../../src/lib/decap/config.ts';
import { frontmatterJsonSchema } from '../../../src/lib/schema-doc.ts';
import { syncProblems } from '../../../src/lib/decap/sync.ts';
import { COLLECTIONS, COLLECTION_DEFINITIONS } from '../../../src/schemas/index.ts';
import { slugReference } from '../../../src/schemas/shared/reference.ts';

describe('the web editor configuration follows the zod schemas', () => {
  it('every schema field has a widget and every widget a field, in every collection', () => {
    for (const name of COLLECTIONS.keys) expect(syncProblems(name, decapCollection(name).fields)).toEqual([]);
  });

  it('the checker fails when a widget is missing or a schema field is missing', () => {
    const fields = decapCollection('organisationer').fields;
    expect(syncProblems('organisationer', fields.filter((f) => f.name !== 'cvr'))).toEqual([
      'organisationer: feltet "cvr" i skemaet har ingen widget i /admin/config.yml.',
    ]);
    const schema = frontmatterJsonSchema('organisationer');
    const { kontakt: _removed, ...rest } = schema.properties ?? {};
    const problems = syncProblems('organisationer', fields, { ...schema, properties: rest });
    expect(problems).toContain('organisationer: widgetten "kontakt.mail" i /admin/config.yml har intet felt i skemaet.');
  });

  it('every collection is editable: listed, creatable, in its folder, with its file format', () => {
    const config = parse(decapConfigYaml()) as ReturnType<typeof decapConfig>;
    expect(config.collections.map((c) => c.name)).toEqual([...COLLECTIONS.keys]);
    for (const collection of config.collections) {
      const definition = COLLECTION_DEFINITIONS[collection.name];
      expect(collection.create).toBe(true);
      expect(collection.folder).toBe(`content/${collection.name}`);
      expect(collection.extension).toBe(definition.format);
      expect(collection.identifier_field).toBe(definition.titleField);
      expect(collection.fields.some((f) => f.name === 'body')).toBe(definition.format === 'mdx');
    }
  });

  it('gives each kind of field its widget: select, relation, date, list, pattern and hint', () => {
    const org = decapCollection('organisationer').fields;
    const byName = (n: string) => org.find((f) => f.name === n);
    expect(byName('type')).toMatchObject({ widget: 'select', options: expect.arrayContaining([{ label: 'Frivillig forening', value: 'frivillig-forening' }]) });
    expect(byName('temaer')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(byName('kilder')).toMatchObject({ widget: 'relation', collection: 'kilder', value_field: '{{slug}}', search_fields: ['titel'], multiple: true });
    expect(byName('sidstGennemgaaet')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(byName('hjemmeside')?.pattern?.[0]).toBe('^https://[^\\s/?#@]+(?:[/?#]\\S*)?$');
    expect(byName('cvr')?.required).toBe(false);
    expect(byName('navn')).toMatchObject({ required: true, hint: 'Organisationens navn, som den selv skriver det.' });
    expect(byName('body')).toMatchObject({ widget: 'vb-markdown', modes: ['raw'] });
    const trin = decapCollection('vejledninger').fields.find((f) => f.name === 'trin');
    expect(trin).toMatchObject({ widget: 'list', required: false, fields: [{ name: 'titel' }, { name: 'tekst' }] });
    const indgang = decapCollection('sundhedsraad').fields.find((f) => f.name === 'indgang');
    expect(indgang).toMatchObject({ widget: 'object', vb_empty: 'ikke udpeget endnu' });
    const pattern = new RegExp(byName('hjemmeside')?.pattern?.[0] ?? '');
    expect(['https://www.eksempel.dk/', 'https://eksempel.dk/a?b#c'].every((u) => pattern.test(u))).toBe(true);
    expect(['http://eksempel.dk/', 'javascript:alert(1)', 'https://', 'https:// x'].some((u) => pattern.test(u))).toBe(false);
  });

  it('shows the schema’s own message at a patterned field, as npm run tjek gives it', () => {
    const org = decapCollection('organisationer').fields;
    const lint = COLLECTION_DEFINITIONS.organisationer.schema(slugReference).safeParse({ hjemmeside: 'http://eksempel.dk/' });
    const schemaMessage = lint.error?.issues.find((i) => i.path[0] === 'hjemmeside')?.message;
    expect(schemaMessage).toMatch(/^"hjemmeside" skal være en fuld webadresse/);
    expect(org.find((f) => f.name === 'hjemmeside')?.pattern?.[1]).toBe(schemaMessage);
    const mail = org.find((f) => f.name === 'kontakt')?.fields?.find((f) => f.name === 'mail');
    expect(mail?.pattern?.[1]).toMatch(/"mail" skal begynde med mailto:.*"mail" må kun være en fælles postkasse/);
  });

  it('takes repository, branch and OAuth endpoint from the environment', () => {
    const settings = editorSettings({ REPO_URL: 'https://github.com/org/repo', REPO_BRANCH: 'trunk', DECAP_AUTH_URL: 'https://auth.example.org/github/auth' });
    const config = decapConfig(settings);
    expect(config.backend).toEqual({ name: 'github', repo: 'org/repo', branch: 'trunk', open_authoring: true, base_url: 'https://auth.example.org', auth_endpoint: 'github/auth' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config).not.toHaveProperty('local_backend');
  });
});
