import { toString } from 'mdast-util-to-string';
import { isFunctionalMailbox } from '../../../schemas/shared/url.ts';
import { contactKey, type Allowlist } from '../allowlist.ts';
import { nodeRule } from '../findings.ts';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
/** Eight digits, optionally after +45/0045, with the same separator (or none) between pairs. */
const PHONE = /(?<![\d+])(?:(?:\+|00)45[\s.]?)?(\d{2}([\s.]?)\d{2}\2\d{2}\2\d{2})(?![\d])/g;
/** Danish mobile number series (Energistyrelsens nummerplan, the common ranges). */
const MOBILE_PREFIX = /^(2\d|3[01]|4[0-2]|5[0-3]|6[01]|71|81|9[1-3])/;
/** Labels that make eight digits something else than a phone number. */
const NOT_PHONE_LABEL = /(cvr(?:-?nr\.?)?|p-?nr\.?|p-nummer|ean|reg\.?\s*nr\.?|kontonr\.?|sagsnr\.?|journalnr\.?)\s*:?\s*$/i;
/** Fields whose form the schema already checks: contact fields, and the CVR number (eight digits, modulus 11). */
const FIELDS_CHECKED_BY_SCHEMA = new Set(['mail', 'telefon', 'cvr']);

const maskEmail = (address: string) => `${address[0]}…@${address.split('@')[1]}`;
const maskPhone = (digits: string) => `XX XX XX ${digits.slice(-2)}`;

/** Personal e-mail addresses and mobile numbers in a piece of text, as Danish messages. */
export function personalData(text: string, allow: Allowlist): string[] {
  const messages: string[] = [];
  for (const [address] of text.matchAll(EMAIL)) {
    if (isFunctionalMailbox(address) || allow.kontakt.has(contactKey(address))) continue;
    messages.push(
      `"${maskEmail(address)}" ligner en persons mailadresse. Skriv en fælles postkasse (fx info@ eller kontakt@), eller henvis til organisationens hjemmeside.`,
    );
  }
  for (const match of text.matchAll(PHONE)) {
    const digits = (match[1] ?? '').replace(/\D/g, '');
    if (!MOBILE_PREFIX.test(digits) || allow.kontakt.has(digits)) continue;
    if (NOT_PHONE_LABEL.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    messages.push(
      `"${maskPhone(digits)}" ligner et mobilnummer. Personlige numre må ikke stå i teksten: skriv organisationens hovednummer i kontakt.telefon, eller henvis til hjemmesiden. Er det et offentligt nummer (fx en rådgivningslinje), så bed redaktionen skrive det i content/undtagelser.yaml.`,
    );
  }
  return messages;
}

/** Every string in frontmatter data with its path, except the schema-checked fields. */
function strings(value: unknown, path: (string | number)[] = []): { text: string; path: (string | number)[] }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => (FIELDS_CHECKED_BY_SCHEMA.has(k) ? [] : strings(v, [...path, k])));
  }
  return [];
}

/** KB012: no personal e-mail addresses or mobile numbers in text (Datatilsynet; security-findings §5). */
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
