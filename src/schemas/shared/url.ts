import { z } from 'astro/zod';
import { fieldName } from './field.ts';

/**
 * An `https:` address. Other schemes (`http:`, `javascript:`, `data:` …) are refused, because
 * Astro writes attribute values into links as they are (docs/sikkerhed.md, R9).
 */
export function httpsUrl() {
  return z
    .string({ error: (issue) => `"${fieldName(issue)}" skal være en webadresse, fx https://www.eksempel.dk/` })
    .trim()
    .refine((value) => isHttps(value), {
      error: (issue) => `"${fieldName(issue)}" skal være en fuld webadresse, der begynder med https://, fx https://www.eksempel.dk/`,
    })
    .meta({ title: 'Webadresse (https://)', format: 'uri', pattern: HTTPS_URL_PATTERN });
}

/** The form of an https address as a regular expression, for JSON Schema and the web editor's fields. */
export const HTTPS_URL_PATTERN = '^https://[^\\s/?#@]+(?:[/?#]\\S*)?$';

/** True for a parseable absolute `https:` URL with a host. */
export function isHttps(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Functional mailboxes only: personal-looking local parts (fornavn.efternavn) are refused. */
export const FUNCTIONAL_MAILBOXES = [
  'info', 'kontakt', 'post', 'mail', 'sekretariat', 'sekretariatet', 'administration', 'presse',
  'frivillig', 'frivillige', 'civilsamfund', 'samarbejde', 'hovedpostkasse', 'raadgivning', 'kundeservice',
] as const;

/** A `mailto:` address to a role mailbox, e.g. `mailto:info@eksempel.dk`. */
export function roleMailto() {
  return z
    .string({ error: (issue) => `"${fieldName(issue)}" skal være en mailadresse skrevet som mailto:info@eksempel.dk` })
    .trim()
    .refine((value) => /^mailto:[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(value), {
      error: (issue) => `"${fieldName(issue)}" skal begynde med mailto: og være en gyldig adresse, fx mailto:info@eksempel.dk`,
    })
    .refine((value) => isFunctionalMailbox(value.slice('mailto:'.length)), {
      error: (issue) => `"${fieldName(issue)}" må kun være en fælles postkasse (fx info@, kontakt@, post@), ikke en persons adresse. Tilladte begyndelser: ${FUNCTIONAL_MAILBOXES.join(', ')}.`,
    })
    .meta({ title: 'Fælles postkasse (mailto:)', pattern: `^mailto:(${FUNCTIONAL_MAILBOXES.join('|')})@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$` });
}

/** True when the local part of an address is one of the functional mailboxes. */
export function isFunctionalMailbox(address: string): boolean {
  const local = address.split('@')[0]?.toLowerCase() ?? '';
  return (FUNCTIONAL_MAILBOXES as readonly string[]).includes(local);
}

/** A `tel:` main number: +45 and eight digits, e.g. `tel:+4512345678`. */
export function mainNumberTel() {
  return z
    .string({ error: (issue) => `"${fieldName(issue)}" skal være et hovednummer skrevet som tel:+4533333333` })
    .trim()
    .regex(/^tel:\+45\d{8}$/, {
      error: (issue) => `"${fieldName(issue)}" skal skrives som tel:+45 efterfulgt af otte cifre uden mellemrum, fx tel:+4533333333`,
    })
    .meta({ title: 'Hovednummer (tel:+45…)' });
}
