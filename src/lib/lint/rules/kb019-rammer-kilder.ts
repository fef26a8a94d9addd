import { claims } from '../../citations.ts';
import { findingsAt } from '../findings.ts';
import type { LintRule } from '../types.ts';

/**
 * Words that make a sentence say what may, must or may not be done. Whole words, any case.
 * What it catches: "må", "må ikke", "må gerne", "skal", "skal ikke", "kan kræve", "kræver",
 * "kræves", "har pligt", "pligt", "forpligtet", "forbudt", "forbyder", "tilladt", "tilladelse",
 * "har ret til", "hjemmel", "lovligt", "ulovligt". What it does not: "bør" (advice, not a rule),
 * "kan" alone (ability), and rules written without these words ("det er op til hospitalet").
 */
export const NORMATIVE_WORDS = [
  'må', 'skal', 'kan kræve', 'kræver', 'kræves', 'krævet', 'pligt', 'pligter', 'forpligtet', 'forpligtede', 'forpligter',
  'forbudt', 'forbyder', 'tilladt', 'tilladte', 'tillader', 'tilladelse', 'har ret til', 'hjemmel', 'lovligt', 'ulovligt',
] as const;

const NORMATIVE = new RegExp(`(?<![\\p{L}\\p{N}])(${NORMATIVE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The first word of the list in `text`, if any. */
export const normativeWord = (text: string) => NORMATIVE.exec(text)?.[1]?.toLowerCase();

/** KB019: in rammer, every paragraph or list item that says what may or must be done cites a source. */
export const rammerKilder: LintRule = {
  id: 'KB019',
  title: 'I rammer skal hvert afsnit og punkt, der siger, hvad man må, skal eller ikke må, have en fodnote til en kilde.',
  severity: 'fejl',
  checkTree(tree, ctx) {
    if (!ctx.entryKey?.startsWith('rammer/')) return [];
    return findingsAt(
      claims(tree),
      (claim) => {
        const word = normativeWord(claim.text);
        if (!word || claim.footnotes.length > 0) return undefined;
        return `Afsnittet siger, hvad der gælder ("${word}"), men har ingen kildehenvisning. Sæt en fodnote efter påstanden, fx [^1], og skriv nederst [^1]: <kilde-id>, afsnit "…" – eller fjern påstanden, hvis ingen kilde siger det.`;
      },
      (claim) => claim.node,
    );
  },
};
