import { yamlScalar } from './yaml-writer.ts';
import { COLLECTION_DEFINITIONS, type CollectionName } from '../schemas/index.ts';
import { toIsoDay } from './dates.ts';
import { PLACEHOLDER } from '../schemas/shared/field.ts';
import { metaShape } from '../schemas/shared/meta.ts';
import { fieldDocs, frontmatterJsonSchema, type FieldDoc } from './schema-doc.ts';

/** The owner written into new entries unless another is given. */
export const DEFAULT_OWNER = 'Redaktionen';

export interface ScaffoldOptions {
  /** The role or team that owns the entry. */
  ejer?: string | undefined;
  /** The day the entry is created (its first review date). */
  today?: Date | undefined;
}

const META = new Set(Object.keys(metaShape));

/** One year after `date`: when a new entry is due for its first review. */
export function inOneYear(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
}

/** A `# …` comment that says what a field is and what it takes. */
function comment(row: FieldDoc): string {
  const values = row.values.length ? ` Tilladt: ${row.values.map((v) => v.value).join(', ')}.` : '';
  const reference = row.reference ? ` Skriv filnavnet på en post i content/${row.reference}/ uden endelse.` : '';
  return `# ${row.required ? '' : '(Valgfri) '}${row.description}${values}${reference}`;
}

/** The line(s) for a required field: the placeholder in the shape the field takes. */
function placeholder(row: FieldDoc): string {
  return row.type.startsWith('Liste') ? `${row.path}:\n  - ${PLACEHOLDER}` : `${row.path}: ${PLACEHOLDER}`;
}

/**
 * The text of a new entry: the title filled in, every other required field holding the
 * placeholder UDFYLD (which fails validation until replaced, whatever the field's type),
 * optional fields as comments, `status: udkast` so nothing half-written is published, the
 * owner, and today as the first review date. Generated from the schema, so it follows it.
 */
export function scaffold(collection: CollectionName, title: string, options: ScaffoldOptions = {}): string {
  const { format, titleField } = COLLECTION_DEFINITIONS[collection];
  const today = options.today ?? new Date();
  const rows = fieldDocs(frontmatterJsonSchema(collection)).filter((row) => !row.path.includes('.'));
  const own = rows.filter((row) => !META.has(row.path));
  const lines: string[] = [];
  for (const row of own) {
    lines.push(comment(row));
    if (row.path === titleField) lines.push(`${row.path}: ${yamlScalar(title)}`);
    else if (row.required) lines.push(placeholder(row));
    else lines.push(`# ${row.path}:`);
  }
  lines.push(
    '# udkast bliver ikke publiceret. Skriv publiceret, når alle felter og teksten er udfyldt og tjekket.',
    'status: udkast',
    `ejer: ${yamlScalar(options.ejer ?? DEFAULT_OWNER)}`,
    `sidstGennemgaaet: ${toIsoDay(today)}`,
    `naesteGennemgang: ${toIsoDay(inOneYear(today))}`,
  );
  for (const row of rows.filter((r) => META.has(r.path) && !r.required)) lines.push(comment(row), `# ${row.path}:`);
  const frontmatter = `${lines.join('\n')}\n`;
  if (format === 'yaml') return frontmatter;
  return `---\n${frontmatter}---\n\n## Kort fortalt\n\n${PLACEHOLDER}\n`;
}
