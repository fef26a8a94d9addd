import { validateReferences } from '../../validate.ts';
import type { LintRule } from '../types.ts';

/** KB002: references in frontmatter must name existing entries; published entries only published ones. */
export const henvisninger: LintRule = {
  id: 'KB002',
  title: 'Henvisninger i felterne skal pege på poster, der findes (og er publiceret, hvis posten selv er).',
  severity: 'fejl',
  checkCorpus: (ctx) => validateReferences(ctx.entries),
};
