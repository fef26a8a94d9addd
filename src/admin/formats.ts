import { parse } from 'yaml';
import { yamlForAstro } from '../lib/yaml-writer.ts';

type Data = Record<string, unknown>;

/** Keys in the order of the collection's fields; anything Decap adds on its own goes last. */
function ordered(data: Data, sortedKeys: readonly string[], fileNameKey: string): Data {
  const keys = [...sortedKeys.filter((k) => k in data), ...Object.keys(data).filter((k) => !sortedKeys.includes(k))];
  return Object.fromEntries(keys.filter((k) => k !== 'body' && k !== fileNameKey && data[k] !== undefined).map((k) => [k, data[k]]));
}

/** A union field's fixed text is shown as an empty group in the editor (and written back on save). */
function withoutFixedTexts(data: Data, unions: Readonly<Record<string, string>>): Data {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => unions[key] !== value));
}

/** Text that Astro's reader reads back as the values the editor entered (src/lib/yaml-writer.ts). */
function yamlText(data: Data): string {
  return yamlForAstro(data);
}

/** MDX with YAML frontmatter, as `npm run ny` writes it: `---`, fields, `---`, blank line, body. */
export function frontmatterFormat(unions: Readonly<Record<string, string>>, fileNameKey = 'vb_filnavn') {
  return {
    fromFile(content: string): Data {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(content);
      if (!match) return { body: content };
      const data = (parse(match[1] ?? '') ?? {}) as Data;
      return { ...withoutFixedTexts(data, unions), body: (match[2] ?? '').replace(/^\r?\n/, '') };
    },
    toFile(data: Data, sortedKeys: readonly string[] = []): string {
      const { body: text } = data;
      const body = typeof text === 'string' ? text.trim() : '';
      return `---\n${yamlText(ordered(data, sortedKeys, fileNameKey))}---\n${body ? `\n${body}\n` : ''}`;
    },
  };
}

/** A YAML data file (kilder, ordliste, enheder). */
export function yamlFormat(unions: Readonly<Record<string, string>>, fileNameKey = 'vb_filnavn') {
  return {
    fromFile(content: string): Data {
      return withoutFixedTexts((parse(content) ?? {}) as Data, unions);
    },
    toFile(data: Data, sortedKeys: readonly string[] = []): string {
      return yamlText(ordered(data, sortedKeys, fileNameKey));
    },
  };
}
