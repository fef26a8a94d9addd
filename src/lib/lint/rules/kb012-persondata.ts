import { toString } from 'mdast-util-to-string';
import { personalData } from '../personal-data.ts';
import { nodeRule } from '../findings.ts';

export { personalData };

/** Fields whose form the schema already checks: contact fields, and the CVR number (eight digits, modulus 11). */
const FIELDS_CHECKED_BY_SCHEMA = new Set(['mail', 'telefon', 'cvr']);

/** Every string in frontmatter data with its path, except the schema-checked fields. */
function strings(value: unknown, path: (string | number)[] = []): { text: string; path: (string | number)[] }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => (FIELDS_CHECKED_BY_SCHEMA.has(k) ? [] : strings(v, [...path, k])));
  }
  return [];
}

/** KB012: no personal e-mail addresses or mobile numbers in text (Datatilsynet; docs/sikkerhed.md, Persondata). */
export const persondata = nodeRule({
  id: 'KB012',
  title: 'Ingen personlige mailadresser eller mobilnumre i teksten; kun fælles postkasser og hovednumre.',
  severity: 'fejl',
  checkNode(node, ctx) {
    // A mailto:/tel: link is checked by its address unless its text already shows it (autolinks).
    const address = node.type === 'link' && /^(mailto|tel):/i.test(node.url) ? node.url.replace(/^[a-z]+:/i, '') : undefined;
    const linkAddress = address !== undefined && !toString(node).includes(address) ? address : undefined;
    const text = node.type === 'text' || node.type === 'inlineCode' ? node.value : linkAddress;
    return text === undefined ? undefined : personalData(text, ctx.allow);
  },
  checkFile(file, ctx) {
    return strings(file.data).flatMap(({ text, path }) =>
      personalData(text, ctx.allow).map((message) => ({ line: file.lineOf(path), field: path.join('.'), message })),
    );
  },
});
