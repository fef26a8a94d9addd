import { nodeRule } from '../findings.ts';
import { resolvePath } from '../site-index.ts';
import type { TreeContext } from '../types.ts';

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** What is wrong with a link on the site, or undefined when it resolves. */
export function internalLinkProblem(url: string, ctx: TreeContext): string | undefined {
  const site = ctx.site;
  if (!site || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [beforeHash = '', rawFragment] = url.split('#', 2) as [string, string | undefined];
  const fragment = rawFragment === undefined ? undefined : safeDecode(rawFragment);
  const path = beforeHash.split('?')[0] ?? '';
  if (path === '') {
    const own = ctx.entryKey ? site.entries.get(ctx.entryKey) : undefined;
    if (fragment && own && !own.anchors.has(fragment)) {
      return `Der er ingen overskrift på siden med id "#${fragment}". Tjek stavningen; id'et er overskriften med små bogstaver og bindestreger, fx ## Sådan gør du → #sådan-gør-du.`;
    }
    return undefined;
  }
  if (!path.startsWith('/')) return `Skriv adressen fra roden af stedet med / foran, fx /organisationer/navn/ i stedet for "${url}".`;
  const target = resolvePath(site, path) ?? (path.endsWith('/') ? undefined : resolvePath(site, `${path}/`));
  if (!target) return `Linket peger på ${path}, men den side findes ikke. Tjek stavningen (filnavnet uden endelse), eller opret posten først.`;
  if (!path.endsWith('/') && target.kind !== 'file') return `Skriv / til sidst i adressen: ${path}/`;
  if (target.kind === 'redirect') return `Siden ${path} er flyttet. Skriv den nye adresse: ${target.to}${fragment ? `#${fragment}` : ''}`;
  if (target.kind !== 'entry') return undefined;
  if (ctx.status === 'publiceret' && target.target.status !== 'publiceret') {
    return `Linket peger på ${path}, som er et udkast og ikke bliver publiceret. Publicér den først, eller fjern linket.`;
  }
  if (fragment && !target.target.anchors.has(fragment)) {
    return `Siden ${path} har ingen overskrift med id "#${fragment}". Tjek overskriften på den side; id'et er overskriften med små bogstaver og bindestreger.`;
  }
  return undefined;
}

/** KB010: links on the site must lead to pages that will be built, and #anchors to real headings. */
export const interneLinks = nodeRule({
  id: 'KB010',
  title: 'Links på stedet skal pege på sider, der findes (og er publiceret), og #ankre på overskrifter, der findes.',
  severity: 'fejl',
  siteNodes: ['image', 'link', 'definition'],
  checkNode(node, ctx) {
    if (node.type === 'image' && ctx.site && node.url.startsWith('/') && !ctx.site.files.has(node.url.split(/[?#]/)[0] ?? '')) {
      return `Billedet ${node.url} findes ikke. Læg billedfilen i mappen public/, og skriv adressen fra roden, fx /billeder/navn.jpg.`;
    }
    return node.type === 'link' || node.type === 'definition' ? internalLinkProblem(node.url, ctx) : undefined;
  },
});
