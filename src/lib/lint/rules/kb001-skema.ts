import { validateSchemas } from '../../validate.ts';
import type { LintRule } from '../types.ts';

/** KB001: frontmatter (or a YAML file) must parse and match its collection's schema. */
export const skema: LintRule = {
  id: 'KB001',
  title: 'Felterne skal kunne læses og passe til samlingens skema (se feltoversigten).',
  severity: 'fejl',
  checkCorpus: (ctx) => validateSchemas(ctx.files).problems,
};
