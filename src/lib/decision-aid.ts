/**
 * The logic of "Hvilke rammer gælder for jeres samarbejde?": which frameworks apply to a reader
 * (medarbejder or organisation) and the situations their collaboration involves. The page and its
 * small script both use it, so the rule is written once.
 */
export interface TaggedRamme {
  id: string;
  laesere: readonly string[];
  situationer: readonly string[];
}

/** A framework with no situations applies to every collaboration. */
export const appliesAlways = (f: TaggedRamme) => f.situationer.length === 0;

/** The frameworks that apply, split into those that always apply and those the situations trigger. */
export function selectRammer<F extends TaggedRamme>(rammer: readonly F[], reader: string | undefined, situations: readonly string[]) {
  const forReader = rammer.filter((f) => reader === undefined || f.laesere.includes(reader));
  return {
    always: forReader.filter(appliesAlways),
    triggered: forReader.filter((f) => f.situationer.some((s) => situations.includes(s))),
  };
}

/** Frameworks grouped by situation, for the page without JavaScript. */
export function groupBySituation<F extends TaggedRamme, S extends string>(rammer: readonly F[], situations: readonly S[]) {
  return situations.map((situation) => ({ situation, rammer: rammer.filter((f) => f.situationer.includes(situation)) }));
}
