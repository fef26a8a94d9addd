import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/**
 * The five source documents as the quote and copy checks read them. The texts were extracted from
 * PDFs: line breaks and hyphenation fall anywhere, page furniture sits between lines, and æ, ø
 * and å are often misread. The checks ignore exactly that and nothing else.
 */
export interface SourceDocument {
  /** The file's path in the repository, as a source entry's `dokument:` names it. */
  file: string;
  /** Lower case, furniture lines dropped, hyphenation joined, every whitespace removed. */
  squashed: string;
  /** The document's words with whitespace between them (for messages). */
  words: string[];
  /** Each run of RUN_LENGTH word skeletons → the index of its first word. */
  runs: Map<string, number>;
  /** The word skeletons, and each run of SEED_LENGTH of them → every index where it starts (near copies). */
  keys: string[];
  seeds: Map<string, number[]>;
}

/** The documents by their path in the repository, and the folder they were read from. */
export interface SourceDocuments {
  dir: string;
  byFile: ReadonlyMap<string, SourceDocument>;
}

/** How many consecutive words copied from a document count as copying (KB022). */
export const RUN_LENGTH = 12;

/** Words in a row that start the search for a near copy: one edit in a run leaves at least this many on one side. */
const SEED_LENGTH = 5;

/**
 * How each Danish letter was misread in the five documents. Measured: every document word the
 * Danish dictionary does not know, but does after one of these substitutions (e.g. "@ge" → øge,
 * "seerlige" → særlige, "lzeger" → læger, "pejlemarke" → pejlemærke, "ansker" → ønsker,
 * "afgerende" → afgørende, "omrddet" → området, "opng" → opnå, "P&" → På). Nothing else is
 * tolerated: any other letter, word or punctuation that differs is a difference.
 */
export const OCR_READINGS: Readonly<Record<'æ' | 'ø' | 'å', readonly string[]>> = {
  æ: ['æ', 'ae', 'ee', 'ze', 'se', 'z', 's', 'a', 'e'],
  ø: ['ø', 'g', '@', 'o', 'a', 'e'],
  å: ['å', 'a', 'd', 'g', '&'],
};

/**
 * Where the repository keeps the five documents (data/kildedokumenter/README.md says where they
 * come from). A source entry's `dokument:` is a path below this folder.
 */
export const DOCUMENTS_FOLDER = 'data/kildedokumenter';

/** The documents folder of the repository at `repoRoot`. */
export function documentsDir(repoRoot: string): string {
  return resolve(repoRoot, DOCUMENTS_FOLDER);
}

/**
 * Lines that are page furniture, not text: photo credits, page numbers, and the running header
 * (a line of one or two bare words that recurs, like "Strategiske" / "pejlemaerker").
 */
function furniture(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return new Set(lines.filter((line) => /^Foto:/i.test(line) || /^\d{1,3}$/.test(line) || ((counts.get(line) ?? 0) > 1 && /^\p{L}+( \p{L}+)?$/u.test(line))));
}

/** The running text of a document: furniture dropped, words hyphenated at line ends joined, lower case. */
export function runningText(raw: string): string {
  const lines = raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const skip = furniture(lines);
  const kept = lines.filter((line) => !skip.has(line));
  let text = '';
  for (const line of kept) {
    // "fo-" + "kus" is one word; "aktivitets-" + "og kultur…" keeps its hyphen.
    if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) && !/^(og|eller|samt|til)\b/.test(line)) text = text.slice(0, -1) + line;
    else text += (text ? ' ' : '') + line;
  }
  return text.toLowerCase();
}

/** A word reduced to what OCR leaves intact: its consonants other than those æ, ø, å are misread as. */
export const skeleton = (word: string) => word.toLowerCase().replace(/[aeiouyæøåsdgz@&]/g, '') || '_';

/** Words as the copy check counts them: letters and digits (and the OCR's @ and &). */
export const wordsOf = (text: string) => text.match(/[\p{L}\p{N}@&]+/gu) ?? [];

function indexDocument(file: string, raw: string): SourceDocument {
  const text = runningText(raw);
  const words = wordsOf(text);
  const keys = words.map(skeleton);
  const runs = new Map<string, number>();
  for (let i = 0; i + RUN_LENGTH <= keys.length; i++) {
    const key = keys.slice(i, i + RUN_LENGTH).join(' ');
    if (!runs.has(key)) runs.set(key, i);
  }
  const seeds = new Map<string, number[]>();
  for (let i = 0; i + SEED_LENGTH <= keys.length; i++) {
    const key = keys.slice(i, i + SEED_LENGTH).join(' ');
    const at = seeds.get(key);
    if (at) at.push(i);
    else seeds.set(key, [i]);
  }
  return { file, squashed: text.replace(/\s+/g, ''), words, runs, keys, seeds };
}

const loaded = new Map<string, SourceDocuments>();

/**
 * Reads and indexes every `.txt` in `dir`, once per process, each under its path relative to
 * `repoRoot` (the repository's own folder by default). Throws a Danish error when the folder is
 * missing; `npm run tjek` checks for it first and reports it as an error.
 */
export function loadSourceDocuments(dir: string, repoRoot = resolve(dir, '../..')): SourceDocuments {
  const cached = loaded.get(dir);
  if (cached) return cached;
  if (!existsSync(dir)) {
    throw new Error(`Kildedokumenterne findes ikke i ${dir}. De fem tekstfiler hører til i repositoryet under ${DOCUMENTS_FOLDER}/.`);
  }
  const byFile = new Map<string, SourceDocument>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const file = relative(repoRoot, resolve(dir, name)).split('\\').join('/');
    byFile.set(file, indexDocument(file, readFileSync(resolve(dir, name), 'utf8')));
  }
  const documents = { dir, byFile };
  loaded.set(dir, documents);
  return documents;
}

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const QUOTE_MARKS = '["“”„«»\'’‘]';
const DASHES = '[-–—]';

/**
 * The pattern a quote must match in a squashed document: exact, except whitespace and the OCR
 * readings. Two more misreadings go with them in the texts: the "l" of "lø" as a capital I
 * ("Ignnet" = lønnet, "Igsninger" = løsninger), and the word "I" as "|" ("| Region Hovedstaden").
 */
function quotePattern(quote: string): RegExp {
  let source = '';
  const chars = [...quote.toLowerCase().replace(/\s+/g, ' ').trim()];
  for (const [i, char] of chars.entries()) {
    const before = chars[i - 1] ?? ' ';
    const after = chars[i + 1] ?? ' ';
    if (char === ' ') continue;
    if (char === 'l' && after === 'ø') source += '[li]';
    else if (char === 'i' && !/\p{L}/u.test(before) && !/\p{L}/u.test(after)) source += '[i|]';
    else if (char === 'æ' || char === 'ø' || char === 'å') source += `(?:${OCR_READINGS[char].map(escape).join('|')})`;
    else if (/["“”„«»'’‘]/.test(char)) source += QUOTE_MARKS;
    else if (/[-–—]/.test(char)) source += DASHES;
    else source += escape(char);
  }
  return new RegExp(source, 'u');
}

/**
 * True when the quote stands in the document word for word. An ellipsis (… or […]) in the quote
 * marks left-out words: each part must stand in the document, in order.
 */
export function quoteFound(document: SourceDocument, quote: string): boolean {
  let from = 0;
  for (const part of quote.split(/\s*\[?…\]?\s*/).filter((p) => p.trim())) {
    const match = quotePattern(part).exec(document.squashed.slice(from));
    if (!match) return false;
    from += match.index + match[0].length;
  }
  return true;
}

/** Equal words from (t, d) on in the text and the document, counted in steps of `step` (1 forwards, -1 backwards). */
function equalRun(text: readonly string[], doc: readonly string[], t: number, d: number, step: 1 | -1): number {
  let n = 0;
  while (t + n * step >= 0 && d + n * step >= 0 && t + n * step < text.length && d + n * step < doc.length && text[t + n * step] === doc[d + n * step]) n++;
  return n;
}

/** One word changed, added or left out: how far the text and the document step past it. */
const EDITS: readonly [number, number][] = [[1, 1], [1, 0], [0, 1], [1, 2], [2, 1]];

/**
 * The longest stretch of the text around an equal stretch (t, d, length n) that matches the document
 * with at most one edit (a word changed, added or left out, or one word for two): its start and end
 * in the text and how many of its words are equal.
 */
function aroundSeed(text: readonly string[], doc: readonly string[], t: number, d: number): { start: number; end: number; equal: number } {
  const back = equalRun(text, doc, t - 1, d - 1, -1);
  const forward = equalRun(text, doc, t, d, 1);
  let best = { start: t - back, end: t + forward, equal: back + forward };
  for (const [dt, dd] of EDITS) {
    const after = equalRun(text, doc, t + forward + dt, d + forward + dd, 1);
    if (after > 0 && back + forward + after > best.equal) best = { start: t - back, end: t + forward + dt + after, equal: back + forward + after };
    const before = equalRun(text, doc, t - back - 1 - dt, d - back - 1 - dd, -1);
    if (before > 0 && before + back + forward > best.equal) best = { start: t - back - dt - before, end: t + forward, equal: before + back + forward };
  }
  return best;
}

/**
 * The first run of RUN_LENGTH or more words in `text` that stands in a document word for word, or
 * with one edit (a word changed, added or left out) and RUN_LENGTH - 1 words equal. Both sides are
 * compared as word skeletons, so the documents' OCR damage and line breaks make no difference.
 */
export function copiedRun(documents: SourceDocuments, text: string): { file: string; words: string[] } | undefined {
  const words = wordsOf(text);
  const keys = words.map(skeleton);
  for (let i = 0; i + SEED_LENGTH <= keys.length; i++) {
    const seed = keys.slice(i, i + SEED_LENGTH).join(' ');
    for (const document of documents.byFile.values()) {
      for (const at of document.seeds.get(seed) ?? []) {
        const { start, end, equal } = aroundSeed(keys, document.keys, i, at);
        if (end - start >= RUN_LENGTH && equal >= RUN_LENGTH - 1) return { file: document.file, words: words.slice(start, end) };
      }
    }
  }
  return undefined;
}
