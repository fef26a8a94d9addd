import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_RULES } from './decap/editor-rules.ts';
import { RULES } from './lint/index.ts';

/** The files that describe what the web editor checks; `npm run generer` keeps them equal to the code. */
export const EDITOR_DOC_FILES = ['README.md', 'CONTRIBUTING.md'] as const;
const START = '<!-- webeditor-regler:start (genereret af npm run generer ud fra src/lib/decap/editor-rules.ts) -->';
const END = '<!-- webeditor-regler:end -->';

/** The content check's rule ids as ranges, e.g. `KB001–KB024, KB030–KB031`, from the RULES list. */
export function ruleRange(ids: readonly string[] = RULES.map((r) => r.id)): string {
  const numbers = [...new Set(ids.map((id) => Number(id.slice(2))))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const id = (n: number) => `KB${String(n).padStart(3, '0')}`;
  return runs.map(([a, b]) => (a === b ? id(a) : `${id(a)}–${id(b)}`)).join(', ');
}

/** The Markdown list of what the editor checks in the form and what only the pull request's check shows. */
export function editorRulesMarkdown(): string {
  const entries = Object.entries(EDITOR_RULES).sort(([a], [b]) => a.localeCompare(b));
  const form = entries.flatMap(([id, c]) => ('form' in c ? [`- **${id}** ${c.form}`] : []));
  const after = entries.flatMap(([id, c]) => ('afterSave' in c ? [`- **${id}** ${c.afterSave}`] : []));
  return [
    'Webeditoren afviser det samme som indholdstjekket ved feltet, før noget gemmes, med de samme funktioner:',
    '',
    ...form,
    '',
    'Disse regler kan kun tjekkes efter gemning; resultatet står på pull requesten som tjekkets besked med fil, linje og felt:',
    '',
    ...after,
  ].join('\n');
}

/** A sentence naming the whole rule list, `(KB…)` after these words, in each file. */
const RANGE_SENTENCES: Record<(typeof EDITOR_DOC_FILES)[number], RegExp> = {
  'README.md': /(Indholdstjekkets regler er ét modul hver i `src\/lib\/lint\/rules\/` \()[^)]*(\))/,
  'CONTRIBUTING.md': /(Reglerne i indholdstjekket \()[^)]*(\))/,
};

/** The file's text with the rule range and the editor's rule list brought up to date. */
export function withEditorDocs(file: (typeof EDITOR_DOC_FILES)[number], text: string): string {
  const sentence = RANGE_SENTENCES[file];
  if (!sentence.test(text)) throw new Error(`${file} mangler sætningen med indholdstjekkets regler (${sentence.source}).`);
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} mangler markeringerne ${START} og ${END}.`);
  const listed = `${text.slice(0, start + START.length)}\n${editorRulesMarkdown()}\n${text.slice(end)}`;
  return listed.replace(sentence, (_, before: string, after: string) => `${before}${ruleRange()}${after}`);
}

/** Files whose rule range or editor rule list differs from the code; empty when all agree. */
export function editorDocsOutOfSync(repoRoot: string): string[] {
  return EDITOR_DOC_FILES.filter((file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    return withEditorDocs(file, text) !== text;
  });
}

/** Rewrites the rule range and the editor's rule list in README.md and CONTRIBUTING.md. */
export function writeEditorDocs(repoRoot: string): void {
  for (const file of EDITOR_DOC_FILES) {
    const path = join(repoRoot, file);
    writeFileSync(path, withEditorDocs(file, readFileSync(path, 'utf8')));
  }
}
