import type { Paragraph, Heading, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { passedDateMessage, passedDateSentences } from '../../passed-dates.ts';
import type { Finding, LintRule } from '../types.ts';

/** Frontmatter fields only editors read: a note about a past decision may well speak of its future. */
const EDITOR_ONLY = new Set(['redaktionsnoter']);

/** Every string in the frontmatter or YAML data, with its path (editor-only fields left out). */
function* stringsIn(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) if (!(path.length === 0 && EDITOR_ONLY.has(key))) yield* stringsIn(item, [...path, key]);
  }
}

/**
 * KB027: a sentence that speaks of a date as still to come ("bliver", "skal", "vil", "fra og med",
 * "forventes" …) once the date has passed. A warning: the calendar must not fail CI, but the
 * sentence has become wrong for the reader. Today comes from the lint's clock (`VIDENSBASEN_IDAG`).
 */
export const passeredeDatoer: LintRule = {
  id: 'KB027',
  title: 'Advarsel, når en sætning omtaler en dato, der er passeret, som noget der kommer ("bliver", "skal", "vil", "forventes" …).',
  severity: 'advarsel',
  checkTree(tree, ctx) {
    const today = ctx.today;
    if (!today) return [];
    const findings: Finding[] = [];
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
      const block = node as Paragraph | Heading | TableCell;
      const start = block.position?.start.line;
      for (const found of passedDateSentences(toString(block), today)) {
        findings.push({ line: start === undefined ? undefined : start + found.lineOffset, message: passedDateMessage(found) });
      }
      return 'skip';
    });
    return findings;
  },
  checkFile(file, ctx) {
    return [...stringsIn(file.data)].flatMap(({ path, text }) =>
      passedDateSentences(text, ctx.today).map((found) => ({
        line: file.lineOf(path),
        field: path.join('.'),
        message: passedDateMessage(found),
      })));
  },
};
