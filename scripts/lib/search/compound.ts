/**
 * Splits Danish compound words into their parts, so the search index can find
 * `patientforeninger` by `forening` and `børneattest` by `attest`. Danish joins parts directly
 * (`patient|forening`) or with a linking `s` or `e` (`sundhed|s|råd`, `børn|e|attest`); which
 * words may do which comes from a lexicon (the hunspell dictionary and the site's own vocabulary).
 */

/** What the splitter needs to know about a form. */
export interface Lexicon {
  /** The word a form is when it starts or continues a compound (`børne` → `børn`), or undefined. */
  begin(form: string): string | undefined;
  /** Whether a form (maybe inflected: `foreninger`) may end a compound. */
  isEnd(form: string): boolean;
  /** Whether the word is a name (Roskilde, Amager), which is never split. */
  isName(word: string): boolean;
}

/** Parts shorter than this are never split off (`be`, `af`): they would match almost anything. */
export const MIN_PART = 3;
/**
 * In a word the dictionary knows as a whole, a part must be longer: there a three-letter "part" is
 * usually an ending or a prefix (`kræft|ens`, `syge|plejer|ske`, `fri|villige`, `til|skud`). Words
 * the dictionary lacks (`sundheds|råd`) are the site's own compounds and may have one.
 */
export const MIN_PART_KNOWN = 4;
/** Words shorter than two minimal parts cannot be compounds. */
const MIN_WORD = 2 * MIN_PART;
/**
 * Derivational endings the dictionary also lists as words (`-løs`, `-skab`, `-hed`, `-dom`): as the
 * last part they make no compound (`hjem|løse`, `fælles|skab`), so they are never split off.
 */
const DERIVATIONAL = /^(?:løs|skab|hed|dom|lig|agtig|mæssig)(?:e|t|s|es|en|er|et|ets|ens|ene|erne|ernes)?$/u;
/** Longer "words" are codes, URLs or run-together text, not compounds worth splitting. */
const MAX_WORD = 40;

/** Several lexicons as one: a form is known if any of them knows it. */
export class CombinedLexicon implements Lexicon {
  readonly lexicons: readonly Lexicon[];
  constructor(lexicons: readonly Lexicon[]) {
    this.lexicons = lexicons;
  }
  begin(form: string): string | undefined {
    for (const lexicon of this.lexicons) {
      const word = lexicon.begin(form);
      if (word !== undefined) return word;
    }
    return undefined;
  }
  isEnd(form: string): boolean {
    return this.lexicons.some((l) => l.isEnd(form));
  }
  isName(word: string): boolean {
    return this.lexicons.some((l) => l.isName(word));
  }
}

/** Inflection endings a site word may carry at the end of a compound (`-en`, `-erne` …). */
const ENDINGS = ['', 'e', 'n', 'r', 's', 't', 'en', 'er', 'et', 'es', 'ne', 'ens', 'ers', 'ets', 'ene', 'rne', 'erne', 'ernes', 'enes'];

/**
 * The site's own vocabulary (glossary terms and synonyms, names of organisations and offers) as a
 * lexicon: words the dictionary does not have (`civilsamfund`), which may start a compound alone
 * or with a linking `s`/`e`, and end one with an ordinary inflection ending.
 */
export class VocabularyLexicon implements Lexicon {
  readonly #words: Set<string>;
  constructor(words: Iterable<string>) {
    this.#words = new Set([...words].map((w) => w.toLocaleLowerCase('da')).filter((w) => w.length >= MIN_PART + 2));
  }
  begin(form: string): string | undefined {
    if (this.#words.has(form)) return form;
    const base = form.slice(0, -1);
    return /[se]$/.test(form) && this.#words.has(base) ? base : undefined;
  }
  isEnd(form: string): boolean {
    return ENDINGS.some((e) => form.endsWith(e) && this.#words.has(form.slice(0, form.length - e.length)));
  }
  isName(): boolean {
    return false;
  }
}

/**
 * Splits words with a lexicon. The split with the fewest parts wins (`civilsamfunds|koordinator`
 * before `civil|samfunds|koordinator`); between equals, the longer first part. Each part that is
 * itself a compound is split too. Results are cached per word: a site repeats its words.
 */
export class CompoundSplitter {
  readonly #cache = new Map<string, readonly string[]>();
  readonly lexicon: Lexicon;
  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
  }

  /** The parts of a lower-case word (the lemma of leading parts, the inflected last part), or [] if it is not a compound. */
  split(word: string): readonly string[] {
    let parts = this.#cache.get(word);
    if (parts === undefined) {
      parts = this.#compute(word);
      this.#cache.set(word, parts);
    }
    return parts;
  }

  /** How many distinct words have been split or looked at (the cache size). */
  get cached(): number {
    return this.#cache.size;
  }

  #compute(word: string): readonly string[] {
    if (word.length < MIN_WORD || word.length > MAX_WORD || !/^\p{Ll}+$/u.test(word) || this.lexicon.isName(word)) return [];
    const min = this.lexicon.isEnd(word) ? MIN_PART_KNOWN : MIN_PART;
    const best = this.#decompose(word, min, new Map(), true);
    if (!best) return [];
    // A leading part may be a compound of its own (`civilsamfund`); the last part carries the
    // inflection and is left whole (splitting `økonomiske` again only finds endings).
    const all = new Set<string>();
    best.forEach((part, i) => {
      all.add(part);
      if (i < best.length - 1) for (const sub of this.split(part)) all.add(sub);
    });
    return [...all];
  }

  /**
   * The best decomposition of `rest` into leading parts and one ending part, memoised per offset.
   * The whole word (`whole`) must have two parts at least: being a word itself does not count.
   */
  #decompose(rest: string, min: number, memo: Map<number, string[] | null>, whole = false): string[] | null {
    const known = memo.get(rest.length);
    if (known !== undefined) return known;
    const ends = !whole && rest.length >= min && !DERIVATIONAL.test(rest) && this.lexicon.isEnd(rest);
    let best: string[] | null = ends ? [rest] : null;
    // Longest first part first, so that of two equally short splits the longer first part wins.
    for (let cut = rest.length - min; cut >= min; cut--) {
      const head = this.lexicon.begin(rest.slice(0, cut));
      if (head === undefined || head.length < min) continue;
      const tail = this.#decompose(rest.slice(cut), min, memo);
      if (tail && (best === null || tail.length + 1 < best.length)) best = [head, ...tail];
    }
    memo.set(rest.length, best);
    return best;
  }
}
