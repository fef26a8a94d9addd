/**
 * The Danish synonym layer, generated from the glossary (content/ordliste/*.yaml). Pagefind has
 * no synonym setting, so each page gets hidden search words: for every glossary term the page
 * uses (by the term itself or any of its synonyms), all the other words for it. Searching
 * "NGO" then finds pages about civilsamfundsorganisationer, as if the page had said both.
 */

/** A glossary term with every word readers use for it. */
export interface SynonymGroup {
  /** The glossary term, e.g. `Sociale henvisninger`. */
  term: string;
  /** The term, its synonyms and the English term, deduplicated, as written. */
  forms: string[];
}

/** The glossary fields the layer reads. */
export interface GlossaryTerm {
  term: string;
  synonymer: readonly string[];
  engelsk?: string | undefined;
}

/** Inflection endings a Danish word may add to a glossary form (-er, -en, -erne, -ernes …). */
const MAX_SUFFIX = 4;
/** Shorter forms (e.g. "IT") would match too many unrelated words. */
const MIN_FORM = 3;

/** Lower-case words of a text: letters and digits, keeping inner hyphens and apostrophes. */
export function words(text: string): string[] {
  return text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Builds one group per glossary term. */
export function synonymGroups(terms: readonly GlossaryTerm[]): SynonymGroup[] {
  return terms.map((t) => {
    const seen = new Set<string>();
    const forms = [t.term, ...t.synonymer, ...(t.engelsk ? [t.engelsk] : [])].filter((f) => {
      const key = f.toLocaleLowerCase('da').trim();
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { term: t.term, forms };
  });
}

/**
 * Finds glossary groups in texts. Form phrases are indexed by their first word, and a text word
 * looks up only its own prefixes (it minus up to MAX_SUFFIX letters), so a page costs time linear
 * in its length, not in its length times the size of the glossary.
 */
export class SynonymMatcher {
  readonly #byFirstWord = new Map<string, { phrase: string[]; group: number }[]>();

  constructor(readonly groups: readonly SynonymGroup[]) {
    groups.forEach((g, group) => {
      for (const form of g.forms) {
        const phrase = words(form);
        if (phrase.length === 0 || phrase.join('').length < MIN_FORM) continue;
        const first = phrase[0] as string;
        this.#byFirstWord.set(first, [...(this.#byFirstWord.get(first) ?? []), { phrase, group }]);
      }
    });
  }

  /** The groups whose term or any synonym occurs in the text (a form word may carry an inflection ending). */
  groupsIn(text: string): SynonymGroup[] {
    const textWords = words(text);
    const found = new Set<number>();
    const wordMatches = (word: string | undefined, form: string) => word !== undefined && word.startsWith(form) && word.length - form.length <= MAX_SUFFIX;
    textWords.forEach((word, i) => {
      for (let cut = 0; cut <= MAX_SUFFIX && cut < word.length; cut++) {
        for (const { phrase, group } of this.#byFirstWord.get(word.slice(0, word.length - cut)) ?? []) {
          if (!found.has(group) && phrase.every((p, j) => wordMatches(textWords[i + j], p))) found.add(group);
        }
      }
    });
    return this.groups.filter((_, index) => found.has(index));
  }

  /** The hidden search words for a page: every form of every group the text uses, comma-separated. */
  searchWords(text: string): string {
    return [...new Set(this.groupsIn(text).flatMap((g) => g.forms))].join(', ');
  }
}
