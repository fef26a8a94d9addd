import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { nodeRule } from '../findings.ts';

/** KB005: `{…}` in text or in attributes is JavaScript run at build time (R1, R5). */
export const udtryk = nodeRule({
  id: 'KB005',
  title: 'Ingen {…}-udtryk i tekst eller attributter: de bliver kørt som kode.',
  severity: 'fejl',
  guard: true,
  nodeTypes: ['mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'],
  checkNode(node) {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      return 'Krøllede parenteser {…} bliver kørt som kode. Slet dem, eller skriv \\{ og \\}, hvis du mener selve tegnene.';
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const name = element.name ?? '';
    return element.attributes.map((attribute) => {
      if (attribute.type === 'mdxJsxExpressionAttribute') return `<${name}> har {…} blandt attributterne. Det er kode; slet det.`;
      if (attribute.value && typeof attribute.value === 'object') {
        return `Attributten "${attribute.name}" på <${name}> er kode ({…}). Skriv værdien i anførselstegn, fx ${attribute.name}="tekst".`;
      }
      return undefined;
    });
  },
});
