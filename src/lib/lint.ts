import type { ContentFile } from './content-files.ts';
import { runLint, type LintOptions } from './lint/index.ts';
import type { Problem } from './validate.ts';

/** Runs every content rule (src/lib/lint/rules/) over all files and returns the problems, errors first. */
export function lintContent(files: ContentFile[], options: LintOptions = {}): Problem[] {
  const problems = runLint(files, options);
  return problems.sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) : a.severity === 'fejl' ? -1 : 1));
}

/** `content/x.mdx:12 [KB001] fejl i "felt": besked` */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` i "${p.field}"` : '';
  return `${where} [${p.rule}] ${p.severity}${field}: ${p.message}`;
}
