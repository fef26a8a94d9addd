import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The node types of JSX elements, for node rules that read them. */
export const JSX_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement'] as const;

/** Whether a node is a JSX element (flow or text). */
export const isJsxElement = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Components start with a capital letter or are member/namespace names; `<>` fragments count too. */
export const isComponent = (element: JsxElement) => element.name === null || /^[A-Z]|[.:]/.test(element.name);

/** Names of the element's attributes written as `name="value"` (expressions are KB005's business). */
export const attributeNames = (element: JsxElement) =>
  element.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : []));
