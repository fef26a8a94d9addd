import { nodeRule } from '../findings.ts';
import type { LintRule } from '../types.ts';
import { attributeNames, isComponent, isJsxElement, JSX_TYPES } from './jsx.ts';

/** The only HTML elements allowed in content, with the attributes each may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
};

/** What to write in Markdown instead of common HTML elements. */
const INSTEAD: Record<string, string> = {
  a: 'Skriv links som [tekst](https://…) eller [tekst](/samling/navn/).',
  img: 'Skriv billeder som ![hvad billedet viser](/billeder/navn.jpg).',
  strong: 'Skriv **fed**.',
  b: 'Skriv **fed**.',
  em: 'Skriv *kursiv*.',
  i: 'Skriv *kursiv*.',
  p: 'Adskil afsnit med en tom linje.',
  ul: 'Skriv punkter med - i starten af linjen.',
  ol: 'Skriv nummererede punkter som 1. 2. 3.',
  li: 'Skriv punkter med - i starten af linjen.',
  table: 'Skriv tabeller i Markdown med | mellem kolonnerne.',
  blockquote: 'Skriv citater med > i starten af linjen.',
};
const HEADING = 'Skriv overskrifter med ## (og ### for underoverskrifter).';
const allowedList = Object.keys(ALLOWED_HTML).map((n) => `<${n}>`).join(', ');

/** KB007: raw HTML is not safe in Astro Markdown (R3); MDX reads it as JSX, so both are checked. */
export const html: LintRule = nodeRule({
  id: 'KB007',
  title: `Ingen rå HTML ud over ${allowedList}; skriv Markdown i stedet.`,
  severity: 'fejl',
  guard: true,
  nodeTypes: ['html', ...JSX_TYPES],
  checkNode(node) {
    if (node.type === 'html') {
      return node.value.trimStart().startsWith('<!--')
        ? 'HTML-kommentarer må ikke stå i indhold. Slet kommentaren.'
        : `Rå HTML er ikke tilladt (kun ${allowedList}). Skriv Markdown i stedet.`;
    }
    if (!isJsxElement(node) || isComponent(node)) return undefined;
    const name = node.name ?? '';
    const attributes = ALLOWED_HTML[name];
    if (!attributes) {
      const instead = INSTEAD[name] ?? (/^h[1-6]$/.test(name) ? HEADING : 'Skriv Markdown i stedet.');
      return `HTML-elementet <${name}> er ikke tilladt (kun ${allowedList}). ${instead}`;
    }
    return attributeNames(node)
      .filter((a) => !attributes.includes(a))
      .map(
        (attribute) =>
          `Attributten "${attribute}" er ikke tilladt på <${name}>. ${attributes.length ? `Tilladt: ${attributes.join(', ')}.` : 'Skriv elementet uden attributter.'}`,
      );
  },
});
