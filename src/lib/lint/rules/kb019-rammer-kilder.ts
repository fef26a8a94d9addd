import type { Link, Node, Parent, Root } from 'mdast';
import { claims, type Claim } from '../../citations.ts';
import { embedLink, RAMME_EMBED_URL } from '../../ramme-embed.ts';
import { findingsAt } from '../findings.ts';
import type { LintRule } from '../types.ts';

/**
 * Words that make a sentence say what may, must or may not be done. Whole words, any case.
 * What it catches: "må", "må ikke", "må gerne", "skal", "skal ikke", "kan kræve", "kræver",
 * "kræves", "har pligt", "pligt", "forpligtet", "forbudt", "forbyder", "tilladt", "tilladelse",
 * "har ret til", "hjemmel", "lovligt", "ulovligt". What it does not: "bør" (advice, not a rule),
 * "kan" alone (ability), and rules written without these words ("det er op til hospitalet").
 */
export const NORMATIVE_WORDS = [
  'må', 'skal', 'kan kræve', 'kræver', 'kræves', 'krævet', 'pligt', 'pligter', 'forpligtet', 'forpligtede', 'forpligter',
  'forbudt', 'forbyder', 'tilladt', 'tilladte', 'tillader', 'tilladelse', 'har ret til', 'hjemmel', 'lovligt', 'ulovligt',
] as const;

const NORMATIVE = new RegExp(`(?<![\\p{L}\\p{N}])(${NORMATIVE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The first word of the list in `text`, if any. */
export const normativeWord = (text: string) => NORMATIVE.exec(text)?.[1]?.toLowerCase();

/** The collections whose rules may rest on a ramme instead of a footnote: guides and what they point to. */
export const RULES_NEED_BASIS = ['vejledninger', 'organisationer', 'tilbud'] as const;

/** Whether a node holds a link to a ramme's page (the claim then names the ramme it rests on). */
function linksToRamme(node: Node): boolean {
  if (node.type === 'link' && RAMME_EMBED_URL.test((node as Link).url.split('#')[0] ?? '')) return true;
  return 'children' in node && (node as Parent).children.some(linksToRamme);
}

/** The nodes directly followed by an embedded ramme, and the embeds themselves. */
function beforeEmbeds(tree: Root): Set<Node> {
  const found = new Set<Node>();
  const walk = (parent: Parent) => {
    parent.children.forEach((child, i) => {
      const next = parent.children[i + 1];
      if (embedLink(child as Parameters<typeof embedLink>[0])) found.add(child);
      if (next && parent === tree && embedLink(next as Parameters<typeof embedLink>[0])) {
        found.add(child);
        if ('children' in child) for (const item of (child as Parent).children) found.add(item);
      }
      if ('children' in child) walk(child as Parent);
    });
  };
  walk(tree);
  return found;
}

/** The claim's words outside links to pages on the site: a link's text there is a page's title, not a rule. */
function ownText(node: Node): string {
  if (node.type === 'link' && (node as Link).url.startsWith('/')) return ' ';
  if (node.type === 'text' || node.type === 'inlineCode') return (node as Node & { value: string }).value;
  if (node.type === 'footnoteReference') return '';
  return 'children' in node ? (node as Parent).children.map(ownText).join(node.type === 'paragraph' ? '' : ' ') : '';
}

const FOOTNOTE = 'Sæt en fodnote efter påstanden, fx [^1], og skriv nederst [^1]: <kilde-id>, afsnit "…"';

/**
 * KB019: in rammer, every paragraph or list item that says what may or must be done cites a source.
 * In vejledninger, organisationer and tilbud such a sentence cites a source or rests on the ramme it
 * comes from: it links to the ramme, or the ramme is embedded right after it. There, the text of a
 * link to a page on the site is a title ("Det må regionen – og det må den ikke") and is not read.
 */
export const rammerKilder: LintRule = {
  id: 'KB019',
  title: 'I rammer skal hvert afsnit og punkt, der siger, hvad man må, skal eller ikke må, have en fodnote til en kilde. I vejledninger, organisationer og tilbud skal det have en fodnote eller vise den ramme, det bygger på.',
  severity: 'fejl',
  checkTree(tree, ctx) {
    const collection = ctx.entryKey?.split('/')[0] ?? '';
    const inRammer = collection === 'rammer';
    if (!inRammer && !(RULES_NEED_BASIS as readonly string[]).includes(collection)) return [];
    const embedded = inRammer ? new Set<Node>() : beforeEmbeds(tree);
    return findingsAt(
      claims(tree),
      (claim: Claim) => {
        const word = normativeWord(inRammer ? claim.text : ownText(claim.node));
        if (!word || claim.footnotes.length > 0) return undefined;
        if (inRammer) {
          return `Afsnittet siger, hvad der gælder ("${word}"), men har ingen kildehenvisning. ${FOOTNOTE} – eller fjern påstanden, hvis ingen kilde siger det.`;
        }
        if (embedded.has(claim.node) || linksToRamme(claim.node)) return undefined;
        return `Afsnittet siger, hvad man må eller skal ("${word}"), men viser ikke, hvad det bygger på. ${FOOTNOTE}, eller vis rammen, det kommer fra, i et afsnit for sig lige efter: [Se rammen](/rammer/<id>/). Er det et princip i kilderne, så skriv det som et princip ("Frivillige supplerer …"), ikke som et forbud.`;
      },
      (claim) => claim.node,
    );
  },
};
