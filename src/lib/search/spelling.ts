/**
 * Danish spellings in search queries, in the browser: `ae`/`oe`/`aa` typed for æ/ø/å, `o` for ø
 * (and `a` for å) without the letter, and typos answered with "Mente du …?" from the site's own
 * words. Pagefind already treats `å` and `a` alike (it strips diacritics that Unicode decomposes),
 * but not `ø`/`æ`, which are letters of their own, and not the two-letter spellings.
 */

/**
 * The site's word list, which the indexer writes beside the Pagefind bundle
 * (scripts/lib/search/index-site.ts) in one small file per first letter (`ord/b.json`), so a query
 * fetches only the letters its words start with.
 */
export const WORD_LIST_DIR = 'vidensbasen-ord';

/** The file (letter) a word's list is in: its first letter typed without æ/ø/å or accents. */
export const chunkOf = (word: string): string => bare(word).charAt(0);

/** A search that finds fewer results than this finds "little", and gets spelling help. */
export const FEW_RESULTS = 3;

const DIGRAPHS: [RegExp, string][] = [
  [/aa/g, 'å'],
  [/ae/g, 'æ'],
  [/oe/g, 'ø'],
];

/** Lower-case words of a query (letters, digits and inner hyphens). */
export const queryWords = (query: string): string[] => query.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/**
 * The query with `aa`, `ae`, `oe` written as å, æ, ø, or null when it has none. Searched beside the
 * query as typed, never instead of it: `Aalborg` and `Michael` are spelled that way.
 */
export function danishLetters(query: string): string | null {
  const words = queryWords(query);
  const changed = words.map((w) => DIGRAPHS.reduce((word, [from, to]) => word.replace(from, to), w));
  return changed.some((w, i) => w !== words[i]) ? changed.join(' ') : null;
}

/** A spelling-neutral form for comparing words: æ→ae, ø→oe, å→aa, other accents dropped. */
export function fold(word: string): string {
  return word
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The form a word takes when typed without æ/ø/å as single letters: ø→o, å→a, æ→ae. */
export const bare = (word: string) => fold(word).replace(/oe/g, 'o').replace(/aa/g, 'a');

/** Edit distance with adjacent swaps (optimal string alignment); stops early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** How far off a typed word may be: one letter in short words, two in longer ones. */
const allowedDistance = (word: string) => (word.length <= 5 ? 1 : 2);

/** The site's words, most used first, and what can be asked of them. */
export class Speller {
  readonly #rank = new Map<string, number>();
  readonly #sorted: string[];
  readonly #folded: string[];
  readonly #byBare = new Map<string, string[]>();
  readonly words: readonly string[];

  constructor(words: readonly string[]) {
    this.words = words;
    words.forEach((w, i) => this.#rank.set(w, i));
    this.#sorted = [...words].sort();
    this.#folded = words.map(fold);
    for (const w of words) this.#byBare.set(bare(w), [...(this.#byBare.get(bare(w)) ?? []), w]);
  }

  /** Whether the site has the word, or a longer word starting with it (Pagefind matches prefixes). */
  knows(word: string): boolean {
    if (this.#rank.has(word)) return true;
    let [lo, hi] = [0, this.#sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#sorted[mid] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    return this.#sorted[lo]?.startsWith(word) === true;
  }

  /** The one site word this unknown word is when typed without æ/ø/å as single letters (`borneattest` → `børneattest`), if exactly one. */
  respelled(word: string): string | undefined {
    const same = (this.#byBare.get(bare(word)) ?? []).filter((w) => w !== word);
    return same.length === 1 ? same[0] : undefined;
  }

  /** Site words close to an unknown word, closest and then most used first. */
  closest(word: string, limit = 3): string[] {
    const target = fold(word);
    const max = allowedDistance(target);
    const found: { word: string; distance: number; rank: number }[] = [];
    this.words.forEach((w, rank) => {
      const folded = this.#folded[rank] as string;
      if (Math.abs(folded.length - target.length) > max || folded === target) return;
      const distance = editDistance(target, folded, max);
      if (distance <= max) found.push({ word: w, distance, rank });
    });
    return found
      .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
      .slice(0, limit)
      .map((f) => f.word);
  }
}

/** The speller for a word's letter (an empty one when that letter's list is missing). */
export type SpellerFor = (word: string) => Speller;

/**
 * The query as the site spells it: each word the site does not have becomes the site's word when
 * that is certain – the word with æ/ø/å for ae/oe/aa (`boerneattest`), or the only site word it
 * is without æ/ø/å (`borneattest`, `Godstrup`). Words the site has stay as typed (`Aalborg`).
 */
export function siteSpelling(query: string, spellerFor: SpellerFor): string {
  return queryWords(query)
    .map((word) => {
      const speller = spellerFor(word);
      if (!/^\p{L}+$/u.test(word) || speller.knows(word)) return word;
      const letters = danishLetters(word);
      if (letters && spellerFor(letters).knows(letters)) return letters;
      return speller.respelled(word) ?? word;
    })
    .join(' ');
}

/** Words of a query the site does not have (three letters or more; numbers and codes aside). */
export const unknownWords = (query: string, spellerFor: SpellerFor) => queryWords(query).filter((w) => /^\p{L}{3,}$/u.test(w) && !spellerFor(w).knows(w));

/**
 * "Mente du …?": whole queries with the unknown words replaced by the closest site words. Each
 * unknown word of a sentence varies over its candidates in turn (at most `limit` each, the first
 * word's first), while the other unknown words take their best.
 */
export function suggestions(query: string, spellerFor: SpellerFor, limit = 3): string[] {
  const words = queryWords(query);
  const unknown = new Set(unknownWords(query, spellerFor));
  const base = words.map((w) => (unknown.has(w) ? (spellerFor(w).closest(w, 1)[0] ?? w) : w));
  const found: string[] = [];
  words.forEach((word, at) => {
    if (!unknown.has(word) || words.indexOf(word) !== at) return;
    for (const candidate of spellerFor(word).closest(word, limit)) {
      const suggestion = base.map((w, i) => (i === at ? candidate : w)).join(' ');
      if (!found.includes(suggestion)) found.push(suggestion);
    }
  });
  return found;
}

/** The share of an unknown word that must start a site word for Pagefind's match to be that word. */
const TRUSTED_START = 0.6;

/**
 * Words of a query that Pagefind would only match by a fragment: for a word it does not have,
 * Pagefind searches the longest start of it that it has (`roskilde` → `ro`, `bornholm` → `bo`).
 * A word is trusted when the site has it or a longer word starting with it (`frivil`), or when its
 * first three fifths (four letters at least) start a site word, so what Pagefind finds is that word
 * with a typo or another ending (`hjerteforningen`, `mødrehjælpn`, `kerneopgaverne`); words of three
 * letters or more only, numbers and codes aside.
 */
export function fragmentWords(query: string, spellerFor: SpellerFor): string[] {
  return unknownWords(query, spellerFor).filter((word) => !spellerFor(word).knows(word.slice(0, Math.max(4, Math.ceil(word.length * TRUSTED_START)))));
}

