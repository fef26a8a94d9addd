import { nodeRule } from '../findings.ts';
import type { LintRule } from '../types.ts';
import { urlProblem } from '../url-problem.ts';
import { isJsxElement, JSX_TYPES } from './jsx.ts';

export { ALLOWED_SCHEMES, urlProblem } from '../url-problem.ts';

/** Attributes that hold a URL, should an element ever carry one. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);

/** KB008: links and images only to https:, mailto:, tel: or addresses on the site (R3, R9). */
export const urlSkema: LintRule = nodeRule({
  id: 'KB008',
  title: 'Links og billeder må kun pege på https:, mailto:, tel: eller adresser på stedet (ikke javascript:, data: eller http:).',
  severity: 'fejl',
  guard: true,
  nodeTypes: ['link', 'image', 'definition', ...JSX_TYPES],
  checkNode(node) {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') return urlProblem(node.url);
    if (!isJsxElement(node)) return undefined;
    return node.attributes.map((attribute) =>
      attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string' ? urlProblem(attribute.value) : undefined,
    );
  },
});
