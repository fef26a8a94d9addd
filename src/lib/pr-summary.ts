import { COLLECTION_DEFINITIONS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { ContentFile } from './content-files.ts';
import type { Redirect } from './redirects.ts';
import type { Problem } from './validate.ts';

/** One side of the comparison: the content, its redirects and what the lint said about it. */
export interface ContentState {
  files: ContentFile[];
  redirects: Redirect[];
  problems: Problem[];
}

const key = (f: ContentFile) => `${f.collection}/${f.id}`;
const url = (f: ContentFile) => `/${f.collection}/${f.id}/`;
/** The file's path in the repository, wherever the content folder being compared lives. */
const repoPath = (f: ContentFile) => `content/${f.collection}/${f.id}.${COLLECTION_DEFINITIONS[f.collection].format}`;
const data = (f: ContentFile) => f.data as Record<string, unknown>;
const titleOf = (f: ContentFile) => String(data(f)[COLLECTION_DEFINITIONS[f.collection].titleField] ?? f.id);
/** Markdown-safe text for tables and lists. */
const md = (text: string) => text.replace(/[\\|*_`<>[\]]/g, (c) => `\\${c}`);
const status = (f: ContentFile) => (data(f)['status'] === 'publiceret' ? 'publiceret' : 'udkast');

/** The top-level fields whose values differ, plus `brødtekst` when the body changed. */
export function changedFields(before: ContentFile, after: ContentFile): string[] {
  const a = data(before);
  const b = data(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return before.body.trim() === after.body.trim() ? fields : [...fields, 'brødtekst'];
}

/** A problem's identity across the two sides: its line may move, its meaning does not. */
const problemKey = (p: Problem) => `${p.rule}|${p.file}|${p.field ?? ''}|${p.message}`;

/**
 * The Markdown a pull request's job summary shows: per collection, which entries are new,
 * changed (and which fields), moved or removed, and which lint problems are new.
 */
export function summarize(base: ContentState, head: ContentState): string {
  const before = new Map(base.files.map((f) => [key(f), f]));
  const after = new Map(head.files.map((f) => [key(f), f]));
  const redirects = new Map(head.redirects.map((r) => [r.fra, r.til]));
  const lines: string[] = ['## Indhold i denne pull request', ''];
  const counts: string[] = [];
  const sections: string[] = [];
  for (const collection of COLLECTIONS.keys as readonly CollectionName[]) {
    const movedTo = new Map<string, ContentFile>();
    for (const f of base.files.filter((b) => b.collection === collection && !after.has(key(b)))) {
      const target = head.files.find((h) => url(h) === redirects.get(url(f)) && !before.has(key(h)));
      if (target) movedTo.set(key(f), target);
    }
    const arrived = new Set([...movedTo.values()].map(key));
    const added = head.files.filter((f) => f.collection === collection && !before.has(key(f)) && !arrived.has(key(f)));
    const removed = base.files.filter((f) => f.collection === collection && !after.has(key(f)) && !movedTo.has(key(f)));
    const moved = base.files.filter((f) => movedTo.has(key(f)));
    const changed = head.files.filter((f) => f.collection === collection && before.has(key(f)) && before.get(key(f))!.source !== f.source);
    if (!added.length && !removed.length && !changed.length && !moved.length) continue;
    counts.push(`| ${COLLECTIONS.label(collection)} | ${added.length} | ${changed.length} | ${moved.length} | ${removed.length} |`);
    sections.push(`### ${COLLECTIONS.label(collection)}`, '');
    for (const f of added) sections.push(`- **Ny:** ${md(titleOf(f))} (\`${repoPath(f)}\`, ${status(f)})`);
    for (const f of changed) {
      const old = before.get(key(f))!;
      const fields = changedFields(old, f);
      const publishing = status(old) !== status(f) ? ` – **${status(old)} → ${status(f)}**` : '';
      sections.push(`- **Ændret:** ${md(titleOf(f))} – ${fields.length ? `felter: ${fields.join(', ')}` : 'kun formatering'}${publishing}`);
    }
    for (const f of moved) {
      const to = movedTo.get(key(f))!;
      const fields = changedFields(f, to);
      sections.push(`- **Flyttet:** ${md(titleOf(to))} (\`${url(f)}\` → \`${url(to)}\`, den gamle adresse omdirigeres)${fields.length ? ` – felter: ${fields.join(', ')}` : ''}`);
    }
    for (const f of removed) {
      const target = redirects.get(url(f));
      const note = target ? `omdirigeres til ${target}` : status(f) === 'publiceret' ? '⚠️ adressen forsvinder: brug `npm run flyt`, eller tilføj en omdirigering' : 'var et udkast';
      sections.push(`- **Fjernet:** ${md(titleOf(f))} (\`${url(f)}\`) – ${note}`);
    }
    sections.push('');
  }
  if (counts.length) lines.push('| Samling | Nye | Ændrede | Flyttede | Fjernede |', '| --- | ---: | ---: | ---: | ---: |', ...counts, '', ...sections);
  else lines.push('Pull requesten ændrer ikke indholdet.', '');
  const known = new Set(base.problems.map(problemKey));
  const fresh = head.problems.filter((p) => !known.has(problemKey(p)));
  const fixed = base.problems.length - head.problems.filter((p) => known.has(problemKey(p))).length;
  lines.push('### Indholdstjekket', '');
  lines.push(fresh.length === 0 ? 'Ingen nye fejl eller advarsler.' : fresh.length === 1 ? '1 ny fejl eller advarsel:' : `${fresh.length} nye fejl eller advarsler:`);
  for (const p of fresh.slice(0, 50)) lines.push(`- \`${p.file}${p.line ? `:${p.line}` : ''}\` [${p.rule}] ${p.severity}${p.field ? ` i "${p.field}"` : ''}: ${md(p.message)}`);
  if (fresh.length > 50) lines.push(`- … og ${fresh.length - 50} flere (se loggen fra npm run tjek).`);
  if (fixed > 0) lines.push('', fixed === 1 ? '1 fejl eller advarsel fra før er rettet.' : `${fixed} fejl eller advarsler fra før er rettet.`);
  return `${lines.join('\n')}\n`;
}
