import { claims } from '../../citations.ts';
import { findingsAt } from '../findings.ts';
import type { LintRule } from '../types.ts';

/**
 * A fact a reader may act on: a digit (numbers, amounts, dates, years, percentages), a §, or an
 * amount written as "mio."/"mia."/"kr.". Numbers written in letters ("tre mål") are not caught.
 */
const FACT = /\d|§|(?<![\p{L}])(mio|mia|kr)\./u;

/** KB020: outside rammer, a paragraph or list item with a number, amount, date or § should cite a source. */
export const talKilder: LintRule = {
  id: 'KB020',
  title: 'Et afsnit med tal, beløb, datoer eller § bør have en fodnote til en kilde (uden for rammer).',
  severity: 'advarsel',
  checkTree(tree, ctx) {
    if (ctx.entryKey?.startsWith('rammer/')) return [];
    return findingsAt(
      claims(tree),
      (claim) => {
        const match = FACT.exec(claim.text);
        if (!match || claim.footnotes.length > 0) return undefined;
        const around = claim.text.slice(Math.max(0, match.index - 25), match.index + 25).trim();
        return `Afsnittet nævner et tal, et beløb, en dato eller en § ("…${around}…") uden kildehenvisning. Sæt en fodnote efter oplysningen, fx [^1], og skriv nederst [^1]: <kilde-id>, afsnit "…".`;
      },
      (claim) => claim.node,
    );
  },
};
