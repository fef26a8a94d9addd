import type { ContentFile } from './content-files.ts';
import { validateReferences, validateSchemas, type Problem } from './validate.ts';

/** Runs every content rule over all files and returns the problems, errors first. */
export function lintContent(files: ContentFile[]): Problem[] {
  const { problems, entries } = validateSchemas(files);
  problems.push(...validateReferences(entries));
  return problems.sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) : a.severity === 'fejl' ? -1 : 1));
}

/** `content/x.mdx:12 [KB001] fejl i "felt": besked` */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` i "${p.field}"` : '';
  return `${where} [${p.rule}] ${p.severity}${field}: ${p.message}`;
}
