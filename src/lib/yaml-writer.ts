import { stringify } from 'yaml';

/** A calendar day that YAML 1.1 quoted: `key: "2026-12-01"` or `- "2026-12-01"` at the end of a line. */
const QUOTED_DAY = /(: |- )"(\d{4}-\d{2}-\d{2})"$/gm;

/**
 * YAML text for a content file that Astro's reader (js-yaml, with YAML 1.1 habits) reads back as
 * the same values: written as YAML 1.1, so a text such as `0b101` or `yes` is quoted instead of
 * turning into a number or a boolean. A calendar day is left unquoted, as in every entry
 * (`sidstGennemgaaet: 2026-12-01`); the schemas' date fields take it either way.
 */
export function yamlForAstro(value: unknown): string {
  return stringify(value, { version: '1.1', lineWidth: 0, flowCollectionPadding: false }).replace(QUOTED_DAY, '$1$2');
}

/** One scalar as YAML 1.1 text, for a line written by hand (`navn: …`). */
export function yamlScalar(value: string): string {
  return stringify(value, { version: '1.1' }).trim();
}
