import { LIX_VEJLEDNING_MAX, lixOfTree } from '../../lix.ts';
import type { LintRule } from '../types.ts';

/**
 * KB028: a guide (`vejledninger`) is written in plain language: its body text has LIX of at most
 * 55. LIX is counted as on /redaktion/ and in the pull-request summary (src/lib/lix.ts); a text
 * under 50 words is too short to measure and passes.
 */
export const lix: LintRule = {
  id: 'KB028',
  title: `En vejledning har højst LIX ${LIX_VEJLEDNING_MAX} i brødteksten (klart sprog: korte sætninger og få lange ord).`,
  severity: 'advarsel',
  checkTree(tree, ctx) {
    if (!ctx.entryKey?.startsWith('vejledninger/')) return [];
    const score = lixOfTree(tree);
    if (!score || score.lix <= LIX_VEJLEDNING_MAX) return [];
    const perSentence = (score.words / score.sentences).toFixed(0);
    const longShare = ((100 * score.longWords) / score.words).toFixed(0);
    return [{
      message: `Vejledningen har LIX ${score.lix} (${score.level}); en vejledning skal have højst ${LIX_VEJLEDNING_MAX}. Sætningerne har i gennemsnit ${perSentence} ord, og ${longShare} % af ordene har mere end seks bogstaver. Del lange sætninger i to, og skriv korte, almindelige ord, hvor du kan (fx "hjælp" frem for "assistance").`,
    }];
  },
};
