import { toString } from 'mdast-util-to-string';
import { nodeRule } from '../findings.ts';

/** Link texts that do not say where the link leads (WCAG 2.4.4; withastro/docs GoodLabels). */
export const VAGUE_LINK_TEXTS = [
  'her', 'klik', 'klik her', 'tryk', 'tryk her', 'læs mere', 'læs mere her', 'læs her', 'se her', 'se mere',
  'mere', 'link', 'linket', 'dette link', 'denne side', 'denne', 'læs videre', 'find den her',
];
const VAGUE = new Set(VAGUE_LINK_TEXTS);

/** True when a link text is on the list, or starts with "klik her"/"tryk her". */
export function isVagueLinkText(text: string): boolean {
  const normalised = text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.,:;!?…»«"“”()-]+$/g, '').replace(/^[\s»«"“”(-]+/, '');
  return VAGUE.has(normalised) || /^(klik|tryk) her\b/.test(normalised);
}

/** KB013: link texts must name the target; "klik her" and "læs mere" do not. */
export const linktekst = nodeRule({
  id: 'KB013',
  title: 'Linktekster skal sige, hvor linket fører hen (ikke "klik her", "læs mere" eller "her").',
  severity: 'fejl',
  checkNode(node) {
    if (node.type !== 'link' && node.type !== 'linkReference') return undefined;
    const text = toString(node).trim();
    if (!isVagueLinkText(text)) return undefined;
    return `Linkteksten "${text}" siger ikke, hvor linket fører hen. Skriv målet som linktekst, fx "Læs om [frivilliges tavshedspligt](/rammer/frivilliges-tavshedspligt/)".`;
  },
});
