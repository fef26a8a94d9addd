import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { COMMIT_MESSAGES, decapCollection, decapConfig, decapConfigYaml, editorSettings } from '../../../src/lib/decap/config.ts';
import { NEW_SOURCE_HINT, type DecapField } from '../../../src/lib/decap/fields.ts';
import { PLAIN_FORMS } from '../../../src/lib/decap/input-rules.ts';
import { frontmatterJsonSchema } from '../../../src/lib/schema-doc.ts';
import { syncProblems } from '../../../src/lib/decap/sync.ts';
import { COLLECTIONS, COLLECTION_DEFINITIONS } from '../../../src/schemas/index.ts';
import { daekningSchema } from '../../../src/schemas/shared/daekning.ts';

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
    expect(byName('kilder')).toMatchObject({ widget: 'relation', collection: 'kilder', value_field: '{{slug}}', search_fields: ['titel', 'udgiver', 'aar'], multiple: true });
    expect(byName('sidstGennemgaaet')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(byName('hjemmeside')).toMatchObject({ widget: 'vb-url' });
    expect(byName('hjemmeside')).not.toHaveProperty('pattern');
    expect(byName('cvr')?.required).toBe(false);
    expect(byName('navn')).toMatchObject({ required: true, hint: 'Organisationens navn, som den selv skriver det.' });
    expect(byName('body')).toMatchObject({ widget: 'vb-markdown', modes: ['raw'] });
    const trin = decapCollection('vejledninger').fields.find((f) => f.name === 'trin');
    expect(trin).toMatchObject({ widget: 'list', required: false, fields: [{ name: 'titel' }, { name: 'tekst' }] });
    const indgang = decapCollection('sundhedsraad').fields.find((f) => f.name === 'indgang');
    expect(indgang).toMatchObject({ widget: 'object', vb_empty: 'ikke udpeget endnu' });
  });

  it('gives mail, phone, web address and CVR number the plain-form widgets, found by the schema’s titles', () => {
    const org = decapCollection('organisationer').fields;
    const kontakt = org.find((f) => f.name === 'kontakt')?.fields ?? [];
    expect(kontakt.map((f) => [f.name, f.widget])).toEqual([['mail', 'vb-mail'], ['telefon', 'vb-tel']]);
    expect(org.find((f) => f.name === 'cvr')?.widget).toBe('vb-cvr');
    expect(decapCollection('kilder').fields.find((f) => f.name === 'url')?.widget).toBe('vb-url');
  });

  it('never shows a pattern, quote marks or a command in a hint or a message', () => {
    const flat = (f: DecapField): DecapField[] => [f, ...(f.fields ?? []).flatMap(flat), ...(f.field ? flat(f.field) : [])];
    const all = decapConfig().collections.flatMap((c) => c.fields).flatMap(flat);
    const patterns = all.flatMap((f) => (f.pattern ? [f.pattern[0]] : []));
    const messages = [...all.map((f) => f.hint ?? ''), ...all.map((f) => f.pattern?.[1] ?? '')].filter(Boolean);
    expect(messages.length).toBeGreaterThan(50);
    for (const message of messages) {
      expect(message, message).not.toMatch(/npm run|npx |\\[ds]|\(\?:|anførselstegn/);
      for (const pattern of patterns) expect(message).not.toContain(pattern);
    }
    for (const form of Object.values(PLAIN_FORMS)) {
      for (const bad of ['x', 'http://a b', '1234', 'fornavn.efternavn@eksempel.dk']) {
        const problem = form.problem(form.toStored(bad));
        if (problem) expect(problem).not.toMatch(/["^$\\]/);
      }
    }
  });

  it('starts a new entry as a draft, owned by a role from .github/ejere.yaml, reviewed today', () => {
    const fields = decapCollection('eksempler').fields;
    const byName = (n: string) => fields.find((f) => f.name === n);
    const roles = Object.keys((parse(readFileSync('.github/ejere.yaml', 'utf8')) as { ejere: Record<string, string> }).ejere);
    expect(byName('status')?.default).toBe('udkast');
    expect(byName('ejer')).toMatchObject({ widget: 'select', options: roles.map((r) => ({ label: r, value: r })), default: roles[0] });
    expect(byName('sidstGennemgaaet')?.default).toBe('{{now}}');
  });

  it('starts coverage as unknown in every collection that has it, so a new entry saves without opening the field', () => {
    const withCoverage = COLLECTIONS.keys.map((c) => decapCollection(c).fields.find((f) => f.name === 'daekning')).filter((f) => f !== undefined);
    expect(withCoverage.length).toBe(4);
    for (const field of withCoverage) {
      expect(field.required).toBe(false);
      expect(field.fields?.find((f) => f.name === 'omfang')?.default).toBe('ukendt');
      expect(daekningSchema().parse({ omfang: 'ukendt' })).toEqual({ omfang: 'ukendt' });
    }
  });

  it('shows title, publisher and year in the source picker and says where a new source is made', () => {
    const kilder = decapCollection('organisationer').fields.find((f) => f.name === 'kilder');
    expect(kilder?.display_fields).toEqual(['{{titel}} – {{udgiver}}, {{aar}}']);
    expect(kilder?.hint).toContain(NEW_SOURCE_HINT);
    expect(NEW_SOURCE_HINT).toContain(String(decapConfig().collections.find((c) => c.name === 'kilder')?.label));
    const begreber = decapCollection('rammer').fields.find((f) => f.name === 'begreber');
    if (begreber) expect(begreber.display_fields).toEqual([COLLECTION_DEFINITIONS.ordliste.titleField]);
  });

  it('writes Danish commit messages, and so Danish pull-request titles, with the entry’s file name', () => {
    const config = parse(decapConfigYaml()) as ReturnType<typeof decapConfig>;
    expect(config.backend.commit_messages).toEqual(COMMIT_MESSAGES);
    // Decap's own substitution (decap-cms-core's commitMessageFormatter) as it fills the template.
    const fill = (template: string, vars: Record<string, string>) => template.replace(/\{\{([^}]+)\}\}/g, (_, v: string) => vars[v] ?? `UKENDT ${v}`);
    expect(fill(COMMIT_MESSAGES.create, { collection: 'Organisation', slug: 'blaa-kors' })).toBe('Organisation oprettet: blaa-kors');
    expect(fill(COMMIT_MESSAGES.update, { collection: 'Eksempel', slug: 'x' })).toBe('Eksempel ændret: x');
    for (const template of Object.values(COMMIT_MESSAGES)) {
      expect(fill(template, { collection: 'C', slug: 's', path: 'p', message: 'm' })).not.toMatch(/UKENDT|Create|Update|Delete|Upload/);
    }
  });

  it('takes repository, branch and OAuth endpoint from the environment', () => {
    const settings = editorSettings({ REPO_URL: 'https://github.com/org/repo', REPO_BRANCH: 'trunk', DECAP_AUTH_URL: 'https://auth.example.org/github/auth' });
    const config = decapConfig(settings);
    expect(config.backend).toEqual({ name: 'github', repo: 'org/repo', branch: 'trunk', open_authoring: true, commit_messages: COMMIT_MESSAGES, base_url: 'https://auth.example.org', auth_endpoint: 'github/auth' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config).not.toHaveProperty('local_backend');
  });
});
