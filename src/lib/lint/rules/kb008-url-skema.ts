import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { lineOf } from '../mdx.ts';
import type { Finding, LintRule } from '../types.ts';
import { jsxElements } from './jsx.ts';

/** Schemes a link or image may use; anything else (javascript:, data:, http: …) is refused. */
export const ALLOWED_SCHEMES = ['https', 'mailto', 'tel'] as const;

/** Attributes that hold a URL, should an element ever carry one. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);

/**
 * What is wrong with a URL, or undefined if it is allowed. Browsers ignore control characters
 * and spaces inside a scheme, so they are removed before the scheme is read.
 */
export function urlProblem(raw: string): string | undefined {
  const url = raw.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (url.startsWith('//')) return `Adressen "${raw}" mangler https: foran. Skriv hele adressen, fx https://www.eksempel.dk/.`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  if (scheme === 'http') return `Skriv https:// i stedet for http:// i "${raw}". Findes siden kun uden https, så spørg redaktionen.`;
  return `Adresser, der begynder med "${scheme}:", er ikke tilladt. Brug https://…, mailto:…, tel:… eller en adresse på stedet, fx /organisationer/navn/.`;
}

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
