import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';

/**
 * Danish typography, owned by this plugin alone (Sätteri's own smart punctuation is switched off in
 * src/plugins/index.ts: it has no Danish quotes). Straight quotes become Danish ones, low-high:
 * "citat" → „citat“ and 'citat' → ‚citat‘; an apostrophe between letters (90'erne, id'et) becomes
 * ’. `--` becomes an en dash (–, the Danish tankestreg and the dash of ranges: 2024--2027 →
 * 2024–2027), `---` an em dash (—) and `...` an ellipsis (…). Editors who already write „ get the
 * closing “ from the straight quote after it.
 *
 * A quote opens at the start of a block or after a space, an opening bracket, a dash or another
 * opening quote; otherwise it closes. A Sätteri visitor on text nodes: code (inline and fenced),
 * HTML and MDX expressions are other node types and never reach it. The character before a text
 * node is looked up only when the node starts with a quote, through its previous sibling or, at the
 * start of an inline node (a link, emphasis), the inline node's own previous sibling.
 */
export const OPENS_AFTER = /[\s([{\u2014\u2013„‚“‘-]/;
const HAS_WORK = /["']|--|\.\.\./;
const LETTER = /[\p{L}\p{N}]/u;

/** Replaces quotes, dashes and `...` in one text value; `before` is the character before it. */
export function punctuate(value: string, before = ' '): string {
  const replaced = value.replace(/\.\.\./g, '…').replace(/---/g, '—').replace(/--/g, '–');
  let out = '';
  let previous = before;
  const chars = [...replaced];
  chars.forEach((char, i) => {
    const opens = OPENS_AFTER.test(previous);
    let next = char;
    if (char === '"') next = opens ? '„' : '“';
    else if (char === "'") next = opens ? '‚' : LETTER.test(previous) && LETTER.test(chars[i + 1] ?? '') ? '’' : '‘';
    out += next;
    previous = next;
  });
  return out;
}

/** Nodes that start a new run of text: a quote at their start opens. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote', 'root', 'footnoteDefinition', 'mdxJsxFlowElement']);

type Visited = Parameters<MdastVisitorContext['parent']>[0];

/** The last character of a node as a reader sees it (text, code or an inline node's text). */
function lastCharOf(node: Visited, ctx: MdastVisitorContext): string {
  const value = (node as { value?: unknown }).value;
  const text = typeof value === 'string' ? value : 'children' in node ? ctx.textContent(node) : '';
  return text.at(-1) ?? ' ';
}

/** The character before a node in its block: ' ' at the start of a block. */
function charBefore(node: Visited, ctx: MdastVisitorContext): string {
  let current = node;
  for (;;) {
    const parent = ctx.parent(current);
    const index = ctx.indexOf(current);
    if (!parent || index === undefined) return ' ';
    if (index > 0) {
      const sibling = parent.children[index - 1];
      return sibling ? lastCharOf(sibling as Visited, ctx) : ' ';
    }
    if (BLOCKS.has(parent.type)) return ' ';
    current = parent as Visited;
  }
}

export const typography: MdastPluginDefinition = {
  name: 'vidensbasen-typografi',
  text(node, ctx) {
    if (!HAS_WORK.test(node.value)) return;
    const before = node.value[0] === '"' || node.value[0] === "'" ? charBefore(node, ctx) : ' ';
    const value = punctuate(node.value, before);
    if (value !== node.value) ctx.setProperty(node, 'value', value);
  },
};
