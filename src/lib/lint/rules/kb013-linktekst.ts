import { toString } from 'mdast-util-to-string';
import { nodeRule } from '../findings.ts';
import { isVagueLinkText, VAGUE_LINK_TEXTS } from '../link-text.ts';

export { isVagueLinkText, VAGUE_LINK_TEXTS };

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
