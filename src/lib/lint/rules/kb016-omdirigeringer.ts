import type { Problem } from '../../validate.ts';
import { resolvePath } from '../site-index.ts';
import type { CorpusContext, LintRule } from '../types.ts';

const ADDRESS = /^\/(?:[a-z0-9-]+\/)+$/;

/** What is wrong with the redirects file, one problem per item. */
function redirectProblems(ctx: CorpusContext): { line: number; message: string }[] {
  const problems = [...ctx.redirects.errors];
  const seen = new Set<string>();
  const withoutRedirects = { ...ctx.site, redirects: new Map<string, string>() };
  for (const { fra, til, line } of ctx.redirects.list) {
    if (!ADDRESS.test(fra) || !ADDRESS.test(til)) {
      problems.push({ line, message: `Skriv begge adresser fra roden med / foran og bagved, fx /organisationer/navn/ (står: ${fra} → ${til}).` });
      continue;
    }
    if (seen.has(fra)) problems.push({ line, message: `${fra} står to gange. Slet den ene.` });
    seen.add(fra);
    if (resolvePath(withoutRedirects, fra)) {
      problems.push({ line, message: `${fra} er en side igen, så omdirigeringen ville skjule den. Slet omdirigeringen, eller giv den nye side et andet navn.` });
    }
    const target = resolvePath(withoutRedirects, til);
    if (ctx.site.redirects.has(til)) problems.push({ line, message: `${til} er selv flyttet til ${ctx.site.redirects.get(til)}. Skriv den endelige adresse.` });
    else if (!target) problems.push({ line, message: `${fra} fører til ${til}, men den side findes ikke. Skriv adressen på en side, der findes.` });
    else if (target.kind === 'entry' && target.target.status !== 'publiceret') {
      problems.push({ line, message: `${fra} fører til ${til}, som er et udkast. Publicér posten, eller lad omdirigeringen føre til samlingens liste, fx /${til.split('/')[1]}/.` });
    }
  }
  return problems;
}

/** KB016: every redirect leads from an unused old address straight to a published page. */
export const omdirigeringer: LintRule = {
  id: 'KB016',
  title: 'Omdirigeringer i content/omdirigeringer.yaml skal føre fra en gammel adresse direkte til en side, der findes.',
  severity: 'fejl',
  checkCorpus: (ctx) =>
    redirectProblems(ctx).map((p): Problem => ({ rule: 'KB016', severity: 'fejl', file: ctx.redirects.path, line: p.line, message: p.message })),
};
