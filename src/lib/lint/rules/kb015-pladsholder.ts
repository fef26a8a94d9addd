import { visit } from 'unist-util-visit';
import { PLACEHOLDER } from '../../../schemas/shared/field.ts';
import { lineOf } from '../mdx.ts';
import type { Finding, LintRule } from '../types.ts';

/** KB015: `npm run ny` writes UDFYLD into the body too; nothing half-written is published. */
export const pladsholder: LintRule = {
  id: 'KB015',
  title: `Pladsholderen ${PLACEHOLDER} fra npm run ny skal erstattes, også i brødteksten.`,
  severity: 'fejl',
  checkTree(tree) {
    const findings: Finding[] = [];
    visit(tree, (node) => {
      if ((node.type === 'text' || node.type === 'inlineCode') && node.value.includes(PLACEHOLDER)) {
        findings.push({ line: lineOf(node), message: `Pladsholderen ${PLACEHOLDER} står stadig i brødteksten. Skriv teksten, eller slet linjen.` });
      }
    });
    return findings;
  },
};
