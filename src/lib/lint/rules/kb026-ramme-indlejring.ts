import { rammeEmbeds } from '../../ramme-embed.ts';
import { lineOf } from '../mdx.ts';
import type { Finding, LintRule } from '../types.ts';

const EXAMPLE = '[Se rammen](/rammer/frivilliges-tavshedspligt/)';

/**
 * KB026: an embedded framework – a paragraph with only a link to a ramme – links to /rammer/<id>/
 * and nothing after it, and is not the ramme's own page. Whether the ramme exists and is published
 * is KB010's check, as for every link. A link inside a sentence or list item is never an embed.
 */
export const rammeIndlejring: LintRule = {
  id: 'KB026',
  title: 'Et afsnit med kun et link til en ramme viser rammen på siden: adressen skal være /rammer/<id>/ uden #, ? eller andet efter.',
  severity: 'fejl',
  checkTree(tree, ctx) {
    const findings: Finding[] = [];
    for (const { node, link, id } of rammeEmbeds(tree)) {
      const line = lineOf(node);
      if (!id) {
        findings.push({
          line,
          message: `Afsnittet er kun et link til ${link.url}, så det vises som rammen selv – men adressen er ikke på formen /rammer/<id>/. Skriv rammens adresse med / til sidst og uden #, ? eller andet efter, fx ${EXAMPLE}. Vil du linke til et sted i rammen, så skriv linket inde i en sætning.`,
        });
      } else if (ctx.entryKey === `rammer/${id}`) {
        findings.push({ line, message: `Rammen viser sig selv (${link.url}). Slet afsnittet, eller vis en anden ramme.` });
      }
    }
    return findings;
  },
};
