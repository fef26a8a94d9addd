import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_DEFINITIONS, COLLECTIONS } from '../schemas/index.ts';
import { frontmatterJsonSchema } from './schema-doc.ts';

/** CONTRIBUTING.md, whose table of collections is generated from the schemas. */
export const CONTRIBUTING_FILE = 'CONTRIBUTING.md';
const START = '<!-- samlinger:start (genereret af npm run generer – ret i skemaerne, ikke her) -->';
const END = '<!-- samlinger:end -->';

/** The Markdown table: each collection, its folder and what it is for (the schema's description). */
export function collectionTable(): string {
  const rows = COLLECTIONS.keys.map((c) => {
    const purpose = (frontmatterJsonSchema(c).description ?? '').replace(/\|/g, '\\|');
    return `| ${COLLECTIONS.label(c)} | \`content/${c}/\` (.${COLLECTION_DEFINITIONS[c].format}) | ${purpose} |`;
  });
  return ['| Samling | Mappe | Hvad den er til |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The file's text with the table between the markers brought up to date. */
export function withCollectionTable(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${CONTRIBUTING_FILE} mangler markeringerne ${START} og ${END}.`);
  return `${text.slice(0, start + START.length)}\n${collectionTable()}\n${text.slice(end)}`;
}

/** True when CONTRIBUTING.md's table matches the schemas. */
export function contributingInSync(repoRoot: string): boolean {
  const text = readFileSync(join(repoRoot, CONTRIBUTING_FILE), 'utf8');
  return withCollectionTable(text) === text;
}

/** Rewrites the table in CONTRIBUTING.md. */
export function writeContributing(repoRoot: string): void {
  const path = join(repoRoot, CONTRIBUTING_FILE);
  writeFileSync(path, withCollectionTable(readFileSync(path, 'utf8')));
}
