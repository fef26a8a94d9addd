import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { lineOf } from '../mdx.ts';
import type { Finding, LintRule } from '../types.ts';

/** KB005: `{…}` in text or in attributes is JavaScript run at build time (R1, R5). */
export const udtryk: LintRule = {
  id: 'KB005',
  title: 'Ingen {…}-udtryk i tekst eller attributter: de bliver kørt som kode.',
  severity: 'fejl',
  guard: true,
  checkTree(tree) {
    const findings: Finding[] = [];
    visit(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        findings.push({
          line: lineOf(node),
          message: 'Krøllede parenteser {…} bliver kørt som kode. Slet dem, eller skriv \\{ og \\}, hvis du mener selve tegnene.',
        });
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const name = element.name ?? '';
      for (const attribute of element.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          findings.push({ line: lineOf(element), message: `<${name}> har {…} blandt attributterne. Det er kode; slet det.` });
        } else if (attribute.value && typeof attribute.value === 'object') {
          findings.push({
            line: lineOf(element),
            message: `Attributten "${attribute.name}" på <${name}> er kode ({…}). Skriv værdien i anførselstegn, fx ${attribute.name}="tekst".`,
          });
        }
      }
    });
    return findings;
  },
};
