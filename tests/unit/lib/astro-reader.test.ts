/**
 * One reading of frontmatter: the data the content lint validates is, value for value, the data
 * Astro's own loaders hand to the schemas when the site is built – for every real content file and
 * for YAML that the two YAML libraries in the project read differently. Where they differ, the
 * lint refuses the file with a Danish message on the field's line.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { describe, expect, it } from 'vitest';
import { parseContentFile, readAllContent } from '../../../src/lib/content-files.ts';
import { parseEntry } from '../../../src/lib/validate.ts';
import { COLLECTION_DEFINITIONS, type CollectionName } from '../../../src/schemas/index.ts';
import { VALID } from '../schemas/fixtures.ts';

const root = resolve(import.meta.dirname, '../../..');
const own = createRequire(resolve(root, 'package.json'));

interface EntryType {
  extensions: string[];
  getEntryInfo(input: { fileUrl: URL; contents: string }): Promise<{ data: unknown }> | { data: unknown };
}

/** Astro's own readers: the MDX integration's content entry type and Astro's YAML data entry type. */
let readers: Promise<Record<'mdx' | 'yaml', EntryType>> | undefined;
const astroReaders = () => (readers ??= loadAstroReaders());

async function loadAstroReaders(): Promise<Record<'mdx' | 'yaml', EntryType>> {
  let mdxType: EntryType | undefined;
  const integration = mdx();
  const setup = integration.hooks['astro:config:setup'] as unknown as (params: object) => Promise<void>;
  await setup({ updateConfig() {}, config: {}, addPageExtension() {}, addRenderer() {}, addContentEntryType(type: EntryType) { mdxType = type; } });
  // Astro does not export its settings module; the test reads it where Astro's own build does.
  const settingsModule = pathToFileURL(resolve(root, 'node_modules/astro/dist/core/config/settings.js')).href;
  const { createBaseSettings } = (await import(settingsModule)) as { createBaseSettings(config: object): { dataEntryTypes: EntryType[] } };
  const base = pathToFileURL(`${root}/`);
  const yamlType = createBaseSettings({ root: base, srcDir: new URL('src/', base), legacy: {} }).dataEntryTypes.find((t) => t.extensions.includes('.yaml'));
  if (!mdxType || !yamlType) throw new Error('Astros læsere blev ikke fundet');
  return { mdx: mdxType, yaml: yamlType };
}

async function astroData(collection: CollectionName, path: string, contents: string): Promise<unknown> {
  const readers = await astroReaders();
  const info = await readers[COLLECTION_DEFINITIONS[collection].format].getEntryInfo({ fileUrl: pathToFileURL(resolve(root, path)), contents });
  return info.data;
}

describe('the lint reads frontmatter as the build does', () => {
  it('imports the very reader modules Astro and @astrojs/mdx import', () => {
    const astro = createRequire(own.resolve('astro/package.json'));
    const astroMdx = createRequire(own.resolve('@astrojs/mdx/package.json'));
    expect(own.resolve('js-yaml')).toBe(astro.resolve('js-yaml'));
    expect(own.resolve('@astrojs/internal-helpers/frontmatter')).toBe(astroMdx.resolve('@astrojs/internal-helpers/frontmatter'));
  });

  it('gets the same data as Astro for every content file', async () => {
    const files = readAllContent(resolve(root, 'content'), root);
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      expect(file.syntaxErrors, file.path).toEqual([]);
      expect(file.data, file.path).toEqual(await astroData(file.collection, file.path, file.source));
    }
  });

  const tricky: [string, CollectionName, string][] = [
    ['a date that does not exist', 'organisationer', '---\nnavn: Test\nsidstGennemgaaet: 2026-02-30\n---\nTekst.\n'],
    ['a date in a list', 'ordliste', 'term: Test\ndatoer:\n  - 2026-01-01\n  - 2025-02-29\n'],
    ['a merge key', 'organisationer', '---\nbase: &b {navn: Test}\nkontakt:\n  <<: *b\n  mail: mailto:info@eksempel.dk\n---\nTekst.\n'],
    ['an unquoted real date', 'organisationer', '---\nsidstGennemgaaet: 2026-12-01\n---\nTekst.\n'],
  ];
  for (const [what, collection, source] of tricky) {
    it(`${what}: the data is Astro's, and a value Astro would read differently is refused`, async () => {
      const path = `content/${collection}/test.${COLLECTION_DEFINITIONS[collection].format}`;
      const file = parseContentFile(collection, path, source);
      const differs = what !== 'an unquoted real date';
      if (!differs) expect(file.data).toEqual(await astroData(collection, path, source));
      expect(file.syntaxErrors.length > 0).toBe(differs);
    });
  }

  it('names the field and its line, and says what the build would have published', () => {
    const file = parseContentFile('organisationer', 'content/organisationer/x.mdx', '---\nnavn: Test\nsidstGennemgaaet: 2026-02-30\n---\nTekst.\n');
    expect(file.syntaxErrors).toEqual([{ line: 3, message: '"sidstGennemgaaet": "2026-02-30" er ikke en dato, der findes (byggeriet ville læse den som 2026-03-02). Skriv en rigtig dato som ÅÅÅÅ-MM-DD.' }]);
    const merged = parseContentFile('organisationer', 'content/organisationer/x.mdx', '---\nbase: &b {navn: Test}\nkontakt:\n  <<: *b\n---\nTekst.\n');
    expect(merged.syntaxErrors[0]?.line).toBe(3);
    expect(merged.syntaxErrors[0]?.message).toMatch(/^"kontakt" kan læses på to måder .*Skriv værdien i anførselstegn/);
  });

  it('refuses YAML that only Astro cannot read, on its line, and keeps no data from it', () => {
    // The `yaml` package reads an unknown tag as plain text and only warns; Astro's reader stops.
    const tagged = parseContentFile('ordliste', 'content/ordliste/x.yaml', 'term: Test\nkort: !egen tekst\n');
    expect(tagged.syntaxErrors).toEqual([{ line: 2, message: expect.stringMatching(/^YAML kan ikke læses, som byggeriet læser det \(unknown tag/) as unknown as string }]);
    expect(tagged.data).toEqual({});
    const alias = parseContentFile('ordliste', 'content/ordliste/x.yaml', 'term: Test\nkort: *mangler\n');
    expect(alias.syntaxErrors[0]?.line).toBe(2);
    expect(alias.data).toEqual({});
  });

  it('refuses, instead of crashing on, an alias repeated past the strict reader\'s limit', () => {
    const source = `term: Test\nbase: &a [x]\n${Array.from({ length: 120 }, (_, i) => `k${i}: *a`).join('\n')}\n`;
    const file = parseContentFile('ordliste', 'content/ordliste/x.yaml', source);
    expect(file.syntaxErrors).toHaveLength(1);
    expect(file.syntaxErrors[0]?.message).toMatch(/^YAML kan ikke læses \(.*\)\. Skriv værdierne ud i stedet for at gentage dem med & og \*\.$/);
    expect(file.data).toEqual({});
  });

  it('refuses a number Astro reads as a number and the strict reader as text', () => {
    const file = parseContentFile('ordliste', 'content/ordliste/x.yaml', 'term: Test\nkort: 0b101\n');
    expect(file.syntaxErrors).toEqual([{ line: 2, message: '"kort" kan læses på to måder ("0b101" eller 5). Skriv værdien i anførselstegn, eller skriv den ud uden YAML-genveje som << og &.' }]);
  });

  it('tells the editor to quote a text field that YAML read as a date', () => {
    const source = `---\nresume: 2027-01-01\n---\nTekst.\n`;
    const data = { ...VALID.organisationer, resume: (parseContentFile('organisationer', 'x.mdx', source).data as { resume: unknown }).resume };
    const result = parseEntry('organisationer', 'x', data);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.message).toBe('"resume" er læst som en dato, ikke som tekst. Sæt værdien i anførselstegn, fx resume: "2027-01-01".');
  });
});
