import type { Nodes, Root } from 'mdast';
import { parseMdx } from './lint/mdx.ts';

/**
 * LIX (læsbarhedsindeks, Björnsson 1968): words per sentence plus the percentage of long words
 * (more than six letters). Danish communicators use it to measure plain language; the scale below
 * is the one they usually quote. Written here rather than taken from npm: the packages there count
 * English sentences (every full stop ends one), so "1. januar", "bl.a." and "jf. § 2" would cut
 * Danish sentences in pieces; tests/unit/lib/lix.test.ts checks the counts on hand-counted texts.
 */

/** The common Danish LIX scale, lowest first: a score is at the first level whose `under` it is below. */
export const LIX_SCALE = [
  { under: 25, label: 'meget let', example: 'børnebøger' },
  { under: 35, label: 'let', example: 'skønlitteratur og ugeblade' },
  { under: 45, label: 'middel', example: 'dagblade og tidsskrifter' },
  { under: 55, label: 'svær', example: 'saglitteratur' },
  { under: Infinity, label: 'meget svær', example: 'faglitteratur og lovtekster' },
] as const;

/** The scale in words, for /redaktion/ and CONTRIBUTING.md: "under 25 meget let (børnebøger), 25–34 let (…) …". */
export const LIX_SCALE_TEXT = LIX_SCALE.map((step, i) => {
  const from = i === 0 ? undefined : LIX_SCALE[i - 1]!.under;
  const range = from === undefined ? `under ${step.under}` : step.under === Infinity ? `${from} og derover` : `${from}–${step.under - 1}`;
  return `${range} ${step.label} (${step.example})`;
}).join(', ');

/** The highest LIX a guide (`vejledninger`) should have; above it KB028 warns. */
export const LIX_VEJLEDNING_MAX = 55;

/** Below this many words a text is too short for LIX to mean anything. */
export const LIX_MIN_WORDS = 50;

export interface Lix {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
  /** The level on LIX_SCALE, e.g. "middel". */
  level: string;
}

/** Abbreviations whose full stop never ends a sentence, even before a capital ("jf. Sundhedsloven"). */
const ABBREVIATIONS = new Set(['fx', 'f.eks', 'bl.a', 'm.fl', 'mv', 'm.v', 'osv', 'jf', 'dvs', 'ca', 'nr', 'pkt', 'stk', 'kr', 'evt', 'inkl', 'ekskl', 'mht', 'vedr', 'iht', 'pga', 'kl', 'tlf', 'hhv', 'el', 'ang', 'mio', 'mia', 'lign', 'resp', 'ff']);

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** A full stop, colon, question or exclamation mark (and a closing quote or bracket), then space and what follows it. */
const BOUNDARY = /([.:!?]+)[”"»')\]]*(?=\s+(\S)|\s*$)/gu;
const STARTS_SENTENCE = /^[\p{Lu}„“"«»'(\[]/u;

/** The level of a score on the Danish scale. */
export function lixLevel(score: number): string {
  return LIX_SCALE.find((step) => score < step.under)?.label ?? LIX_SCALE[LIX_SCALE.length - 1]!.label;
}

/** The words of a text (letters and digits; "sundhedsråd", "2027" and "§" → 2 words, § is no word). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The sentences in one block of text (a paragraph, a heading, a list item or a table cell). The
 * block's end ends a sentence; inside it a full stop, colon, ! or ? does when the next word starts
 * with a capital letter or a quote and the word before is not an abbreviation. So "1. januar 2027"
 * and "stk. 2" do not end a sentence, and a colon before a lower-case explanation does not either.
 */
export function sentencesIn(block: string): number {
  const text = block.trim();
  if (words(text).length === 0) return 0;
  let count = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const next = match[2];
    if (next === undefined) continue; // the block's end, counted below
    if (!STARTS_SENTENCE.test(next)) continue;
    const before = text.slice(0, match.index).split(/\s/).pop()?.toLowerCase().replace(/^[(„“"«]+/, '') ?? '';
    if (match[1] === '.' && ABBREVIATIONS.has(before)) continue;
    count += 1;
  }
  return count + 1;
}

/** LIX of blocks of text; undefined when they hold fewer than `minWords` words. */
export function lixOfBlocks(blocks: readonly string[], minWords = LIX_MIN_WORDS): Lix | undefined {
  let wordCount = 0;
  let longWords = 0;
  let sentences = 0;
  for (const block of blocks) {
    const found = words(block);
    wordCount += found.length;
    longWords += found.filter((w) => (w.match(/\p{L}/gu)?.length ?? 0) > 6).length;
    sentences += sentencesIn(block);
  }
  if (wordCount < Math.max(minWords, 1) || sentences === 0) return undefined;
  const lix = Math.round(wordCount / sentences + (100 * longWords) / wordCount);
  return { lix, words: wordCount, sentences, longWords, level: lixLevel(lix) };
}

/** Nodes whose text is no reading text: code, raw HTML, MDX expressions and imports, footnote notes. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'footnoteDefinition', 'footnoteReference', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'definition', 'image', 'imageReference']);
/** Blocks that are read as a unit: each ends a sentence where it ends. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The reading text of an MDX body, block by block (footnotes, code and markup left out). */
export function textBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  const textOf = (node: Nodes): string => {
    if (SKIPPED.has(node.type)) return '';
    if ('value' in node && typeof node.value === 'string') return node.value;
    if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
    return '';
  };
  const visit = (node: Nodes) => {
    if (SKIPPED.has(node.type)) return;
    if (BLOCKS.has(node.type)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return blocks;
}

/** LIX of an MDX body's reading text. */
export function lixOfTree(tree: Root): Lix | undefined {
  return lixOfBlocks(textBlocks(tree));
}

/** LIX of an MDX body as written (parsed as the lint parses it); undefined for an unreadable or short body. */
export function lixOfBody(body: string | undefined): Lix | undefined {
  if (!body?.trim()) return undefined;
  const parsed = parseMdx(body);
  return 'tree' in parsed ? lixOfTree(parsed.tree) : undefined;
}

/** The median of scores (the middle one, or the mean of the two middle ones), undefined for none. */
export function median(scores: readonly number[]): number | undefined {
  if (scores.length === 0) return undefined;
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
