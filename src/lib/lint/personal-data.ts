/* Kept apart from the KB012 rule (and from the allowlist's file reader) so the web editor's browser
   script can refuse the same personal data at the field. */
import { isFunctionalMailbox } from '../../schemas/shared/url.ts';

/** The allowlist's key of an address or number: lower-case address, or the last eight digits. */
export function contactKey(value: string): string {
  return value.includes('@') ? value.trim().toLowerCase() : value.replace(/\D/g, '').slice(-8);
}

/** The reviewed exceptions personalData needs (content/undtagelser.yaml, read by allowlist.ts). */
export interface ContactAllowlist {
  kontakt: ReadonlySet<string>;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
/** Eight digits, optionally after +45/0045, with the same separator (or none) between pairs. */
const PHONE = /(?<![\d+])(?:(?:\+|00)45[\s.]?)?(\d{2}([\s.]?)\d{2}\2\d{2}\2\d{2})(?![\d])/g;
/** Danish mobile number series (Energistyrelsens nummerplan, the common ranges). */
const MOBILE_PREFIX = /^(2\d|3[01]|4[0-2]|5[0-3]|6[01]|71|81|9[1-3])/;
/** Labels that make eight digits something else than a phone number. */
const NOT_PHONE_LABEL = /(cvr(?:-?nr\.?)?|p-?nr\.?|p-nummer|ean|reg\.?\s*nr\.?|kontonr\.?|sagsnr\.?|journalnr\.?)\s*:?\s*$/i;

const maskEmail = (address: string) => `${address[0]}…@${address.split('@')[1]}`;
const maskPhone = (digits: string) => `XX XX XX ${digits.slice(-2)}`;

/** Personal e-mail addresses and mobile numbers in a piece of text, as Danish messages. */
export function personalData(text: string, allow: ContactAllowlist): string[] {
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

