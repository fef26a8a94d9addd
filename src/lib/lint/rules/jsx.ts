import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Every JSX element in a tree (MDX parses both `<Callout>` and `<div>` as JSX). */
export function jsxElements(tree: Root): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node as JsxElement);
  });
  return found;
}

/** Components start with a capital letter or are member/namespace names; `<>` fragments count too. */
export const isComponent = (element: JsxElement) => element.name === null || /^[A-Z]|[.:]/.test(element.name);

/** Names of the element's attributes written as `name="value"` (expressions are KB005's business). */
export const attributeNames = (element: JsxElement) =>
  element.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : []));
