import type { Link, Paragraph, Root, RootContent } from 'mdast';

/**
 * A framework embedded in a body: a paragraph of its own that holds nothing but one link to a
 * ramme's page, `[Se rammen](/rammer/<id>/)`. Editors write it as an ordinary Markdown link (the
 * web editor's body is plain Markdown), and the build shows the ramme's current title, `art`,
 * summary and a link instead (src/plugins/ramme-embed.ts). A link inside a sentence, a list
 * item or a quote stays a link.
 */

/** The component the embed is rendered by; never written by editors (KB006 refuses it in content). */
export const RAMME_EMBED_COMPONENT = 'RammeIndlejring';

/** The address a correct embed links to: /rammer/<id>/, nothing after it. */
export const RAMME_EMBED_URL = /^\/rammer\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** The link of a paragraph that holds only a link to somewhere under /rammer/ (spaces around it allowed). */
export function embedLink(node: RootContent): Link | undefined {
  if (node.type !== 'paragraph') return undefined;
  const parts = (node as Paragraph).children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = parts;
  return parts.length === 1 && only?.type === 'link' && only.url.startsWith('/rammer/') && only.url !== '/rammer/' ? only : undefined;
}

/** The ramme id of a well-formed embed link, or undefined. */
export const embedIdOf = (link: Link): string | undefined => RAMME_EMBED_URL.exec(link.url)?.[1];

/** The embeds of a body: paragraphs directly in the body (not in lists, quotes or callouts). */
export function rammeEmbeds(tree: Root): { node: Paragraph; link: Link; id: string | undefined }[] {
  const found: { node: Paragraph; link: Link; id: string | undefined }[] = [];
  for (const child of tree.children) {
    const link = embedLink(child);
    if (link) found.push({ node: child as Paragraph, link, id: embedIdOf(link) });
  }
  return found;
}
