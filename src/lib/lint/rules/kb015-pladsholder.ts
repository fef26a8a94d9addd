import { PLACEHOLDER } from '../../../schemas/shared/field.ts';
import { nodeRule } from '../findings.ts';

/** KB015: `npm run ny` writes UDFYLD into the body too; nothing half-written is published. */
export const pladsholder = nodeRule({
  id: 'KB015',
  title: `Pladsholderen ${PLACEHOLDER} fra npm run ny skal erstattes, også i brødteksten.`,
  severity: 'fejl',
  checkNode(node) {
    return (node.type === 'text' || node.type === 'inlineCode') && node.value.includes(PLACEHOLDER)
      ? `Pladsholderen ${PLACEHOLDER} står stadig i brødteksten. Skriv teksten, eller slet linjen.`
      : undefined;
  },
});
