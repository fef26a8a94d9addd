import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { parseIsoDate } from '../schemas/shared/dates.ts';
import { fieldName } from '../schemas/shared/field.ts';

/** A file's data as the build reads it, or why it cannot be read. */
export type AstroReading = { data: unknown } | { data: unknown; error: { line: number; message: string } };

/**
 * Reads a content file's data exactly as Astro's loaders do: MDX frontmatter with the function
 * `@astrojs/mdx` calls (`parseFrontmatter` from `@astrojs/internal-helpers`), a YAML entry with
 * `js-yaml`'s `load`, as Astro's data entry type does. Both packages are pinned to the versions
 * Astro itself resolves (tests/unit/lib/astro-reader.test.ts checks it), so `npm run tjek` validates
 * the very values `npm run build` publishes.
 */
export function readAsAstro(format: 'mdx' | 'yaml', source: string, path: string): AstroReading {
  try {
    const data = format === 'mdx' ? parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).frontmatter : loadYaml(source, { filename: path });
    return { data: data ?? {} };
  } catch (error) {
    // js-yaml counts lines from 0; MDX frontmatter starts on the line after "---", which the raw
    // text handed to js-yaml still begins with, so the count is the file's line either way.
    const line = error instanceof YAMLException ? error.mark.line + 1 : 1;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    return { data: {}, error: { line, message: `YAML kan ikke læses, som byggeriet læser det (${reason}). Tjek indrykning, kolon og anførselstegn på linjen.` } };
  }
}

/** A field the two YAML readers read differently, with a Danish message for the editor. */
export interface ReadingDifference {
  path: (string | number)[];
  message: string;
}

const shown = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value));

/**
 * Where the strict YAML 1.2 reading (`yaml`, which gives the lint its line numbers) and Astro's
 * reading (`js-yaml`, YAML 1.1 habits) disagree. js-yaml turns `2026-02-30` into 2 March and
 * merges `<<:` keys; an editor who wrote either meant something else than the build would
 * publish, so every disagreement is refused. The one agreement in form only – an unquoted date
 * that js-yaml makes a Date and `yaml` leaves as the same date in text – is not a difference.
 */
export function readingDifferences(strict: unknown, astro: unknown, path: (string | number)[] = []): ReadingDifference[] {
  const field = fieldName({ path });
  if (astro instanceof Date) {
    // The calendar day is checked strictly first: JavaScript's own parser also rolls 30 February over.
    const text = typeof strict === 'string' ? strict : '';
    const day = parseIsoDate(text.slice(0, 10));
    const same = day !== undefined && (text.length === 10 ? day : new Date(text)).getTime() === astro.getTime();
    if (same) return [];
    return [{ path, message: `"${field}": ${JSON.stringify(strict)} er ikke en dato, der findes (byggeriet ville læse den som ${shown(astro)}). Skriv en rigtig dato som ÅÅÅÅ-MM-DD.` }];
  }
  if (Array.isArray(strict) && Array.isArray(astro) && strict.length === astro.length) {
    return strict.flatMap((item, i) => readingDifferences(item, astro[i], [...path, i]));
  }
  if (isRecord(strict) && isRecord(astro)) {
    const keys = new Set([...Object.keys(strict), ...Object.keys(astro)]);
    if ([...keys].every((key) => key in strict && key in astro)) {
      return [...keys].flatMap((key) => readingDifferences(strict[key], astro[key], [...path, key]));
    }
  }
  if (Object.is(strict, astro)) return [];
  return [{ path, message: `"${field}" kan læses på to måder (${shown(strict)} eller ${shown(astro)}). Skriv værdien i anførselstegn, eller skriv den ud uden YAML-genveje som << og &.` }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
