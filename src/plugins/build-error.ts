import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../lib/lint/types.ts';

/** The entry's path as `npm run tjek` names it (relative to the folder the build runs in). */
export function entryPath(fileURL: URL | undefined): string {
  return fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'ukendt fil';
}

/** The error that stops the build: a Danish heading, one line per finding (file:line [rule] message), and what to run. */
export function buildError(heading: string, path: string, findings: readonly (Finding & { rule: string })[]): Error {
  const lines = findings.map((f) => `  ${path}:${f.line ?? '?'} [${f.rule}] ${f.message}`);
  return new Error(`${heading}:\n${lines.join('\n')}\nKør npm run tjek for at se alle problemer.`);
}
