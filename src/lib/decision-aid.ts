/**
 * The logic of "Hvilke rammer gælder for jeres samarbejde?": which frameworks apply to a reader
 * (medarbejder or organisation) and the situations their collaboration involves. The page and its
 * small script both use it, so the rule is written once.
 */
export interface TaggedFramework {
  id: string;
  laesere: readonly string[];
  situationer: readonly string[];
}

/** A framework with no situations applies to every collaboration. */
export const appliesAlways = (f: TaggedFramework) => f.situationer.length === 0;

/** The frameworks that apply, split into those that always apply and those the situations trigger. */
export function selectFrameworks<F extends TaggedFramework>(frameworks: readonly F[], reader: string | undefined, situations: readonly string[]) {
  const forReader = frameworks.filter((f) => reader === undefined || f.laesere.includes(reader));
  return {
    always: forReader.filter(appliesAlways),
    triggered: forReader.filter((f) => f.situationer.some((s) => situations.includes(s))),
  };
}

/** Frameworks grouped by situation, for the page without JavaScript. */
export function groupBySituation<F extends TaggedFramework, S extends string>(frameworks: readonly F[], situations: readonly S[]) {
  return situations.map((situation) => ({ situation, frameworks: frameworks.filter((f) => f.situationer.includes(situation)) }));
}
