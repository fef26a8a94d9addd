import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { lineOf } from '../mdx.ts';
import type { Finding, LintRule } from '../types.ts';
import { urlProblem } from '../url-problem.ts';
import { jsxElements } from './jsx.ts';

export { ALLOWED_SCHEMES, urlProblem } from '../url-problem.ts';

/** Attributes that hold a URL, should an element ever carry one. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);

function urlsOf(tree: Root): { url: string; line: number | undefined }[] {
  const urls: { url: string; line: number | undefined }[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.push({ url: node.url, line: lineOf(node) });
  });
  for (const element of jsxElements(tree)) {
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') {
        urls.push({ url: attribute.value, line: lineOf(element) });
      }
    }
  }
  return urls;
}

/** KB008: links and images only to https:, mailto:, tel: or addresses on the site (R3, R9). */
export const urlSkema: LintRule = {
  id: 'KB008',
  title: 'Links og billeder må kun pege på https:, mailto:, tel: eller adresser på stedet (ikke javascript:, data: eller http:).',
  severity: 'fejl',
  guard: true,
  checkTree(tree) {
    return urlsOf(tree).flatMap(({ url, line }): Finding[] => {
      const problem = urlProblem(url);
      return problem ? [{ line, message: problem }] : [];
    });
  },
};
