import type { LintRule } from '../types.ts';

/** KB001: frontmatter (or a YAML file) must parse and match its collection's schema. */
export const skema: LintRule = {
  id: 'KB001',
  title: 'Felterne skal kunne læses og passe til samlingens skema (se feltoversigten).',
  severity: 'fejl',
  // The files are validated once per run (runLint); this rule reports what that found.
  checkCorpus: (ctx) => ctx.schemaProblems,
};
