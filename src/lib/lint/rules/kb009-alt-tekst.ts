import { altProblem } from '../alt-problem.ts';
import { nodeRule } from '../findings.ts';

export { altProblem };

/** KB009: images need an alt text that says what they show (axe only checks presence, R15). */
export const altTekst = nodeRule({
  id: 'KB009',
  title: 'Billeder skal have en alt-tekst, der siger, hvad billedet viser (ikke et filnavn eller "billede").',
  severity: 'fejl',
  checkNode(node) {
    return node.type === 'image' || node.type === 'imageReference' ? altProblem(node.alt ?? '') : undefined;
  },
});
