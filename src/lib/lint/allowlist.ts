import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contactKey } from './personal-data.ts';

export { contactKey };

/**
 * Reviewed exceptions for the personal-data rules, kept in `content/undtagelser.yaml`:
 * numbers that look like CPR numbers but are not (e.g. case numbers), and contact details that
 * may stand in body text (e.g. a public hotline on a mobile number).
 */
export interface Allowlist {
  /** Ten digits, no separators. */
  cpr: ReadonlySet<string>;
  /** E-mail addresses in lower case, and phone numbers as their last eight digits. */
  kontakt: ReadonlySet<string>;
}

/** The file, relative to the content folder. */
export const ALLOWLIST_FILE = 'undtagelser.yaml';

export const EMPTY_ALLOWLIST: Allowlist = { cpr: new Set(), kontakt: new Set() };


/** Reads the exceptions; a missing file means none. */
export function readAllowlist(contentRoot: string): Allowlist {
  let data: { cpr?: unknown; kontakt?: unknown } = {};
  try {
    data = (parse(readFileSync(join(contentRoot, ALLOWLIST_FILE), 'utf8')) ?? {}) as typeof data;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return {
    cpr: new Set(strings(data.cpr).map((v) => v.replace(/\D/g, ''))),
    kontakt: new Set(strings(data.kontakt).map(contactKey)),
  };
}
