import { COLLECTION_DEFINITIONS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { ContentFile } from './content-files.ts';
import type { Redirect } from './redirects.ts';
import { entryUrl, keyOf, sourcePath } from './model.ts';
import type { Problem } from './validate.ts';
import { LIX_MIN_WORDS, lixLevel, lixOfBody } from './lix.ts';

/** One side of the comparison: the content, its redirects and what the lint said about it. */
export interface ContentState {
  files: ContentFile[];
  redirects: Redirect[];
  problems: Problem[];
}

/**
 * The summary compares files as written, including files that fail their schema (the PR must
 * still say what changed in them), so it reads the raw frontmatter rather than typed entries.
 */
const data = (f: ContentFile) => f.data as Record<string, unknown>;
const writtenTitle = (f: ContentFile) => String(data(f)[COLLECTION_DEFINITIONS[f.collection].titleField] ?? f.id);
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

/** What a pull request does to one collection. */
interface CollectionDiff {
  collection: CollectionName;
  added: ContentFile[];
  /** Entries with the same file name whose source changed: [before, after]. */
  changed: [ContentFile, ContentFile][];
  /** Entries renamed with a redirect from the old address: [before, after]. */
  moved: [ContentFile, ContentFile][];
  removed: ContentFile[];
}

/** Per collection (in the site's order, only those touched): new, changed, moved and removed entries. */
export function diffContent(base: ContentState, head: ContentState): CollectionDiff[] {
  const before = new Map(base.files.map((f) => [keyOf(f), f]));
  const after = new Map(head.files.map((f) => [keyOf(f), f]));
  const redirects = new Map(head.redirects.map((r) => [r.fra, r.til]));
  const diffs: CollectionDiff[] = [];
  for (const collection of COLLECTIONS.keys as readonly CollectionName[]) {
    const moved: [ContentFile, ContentFile][] = [];
    for (const f of base.files.filter((b) => b.collection === collection && !after.has(keyOf(b)))) {
      const target = head.files.find((h) => entryUrl(h) === redirects.get(entryUrl(f)) && !before.has(keyOf(h)));
      if (target) moved.push([f, target]);
    }
    const arrived = new Set(moved.map(([, to]) => keyOf(to)));
    const left = new Set(moved.map(([from]) => keyOf(from)));
    const added = head.files.filter((f) => f.collection === collection && !before.has(keyOf(f)) && !arrived.has(keyOf(f)));
    const removed = base.files.filter((f) => f.collection === collection && !after.has(keyOf(f)) && !left.has(keyOf(f)));
    const changed = head.files
      .filter((f) => f.collection === collection && before.has(keyOf(f)) && before.get(keyOf(f))!.source !== f.source)
      .map((f): [ContentFile, ContentFile] => [before.get(keyOf(f))!, f]);
    if (added.length || removed.length || changed.length || moved.length) diffs.push({ collection, added, changed, moved, removed });
  }
  return diffs;
}

/** A page a reviewer should open: a new, changed or moved entry and its site-relative address. */
export interface ChangedPage {
  change: 'Ny' | 'Ændret' | 'Flyttet';
  title: string;
  url: string;
  /** Drafts are not part of the built site (only `npm run dev` shows them). */
  draft: boolean;
  /** LIX of the body text after the change, and before it for a changed or moved entry (src/lib/lix.ts). */
  lix?: { after?: number | undefined; before?: number | undefined };
}

/** The pages a pull request adds, changes or moves, in the site's collection order. */
export function changedPages(diffs: CollectionDiff[]): ChangedPage[] {
  const page = (change: ChangedPage['change'], f: ContentFile, old?: ContentFile): ChangedPage => {
    const after = lixOfBody(f.body)?.lix;
    const before = old ? lixOfBody(old.body)?.lix : undefined;
    return { change, title: writtenTitle(f), url: entryUrl(f), draft: status(f) !== 'publiceret', ...(after !== undefined || before !== undefined ? { lix: { after, before } } : {}) };
  };
  return diffs.flatMap((d) => [
    ...d.added.map((f) => page('Ny', f)),
    ...d.changed.map(([old, f]) => page('Ændret', f, old)),
    ...d.moved.map(([old, to]) => page('Flyttet', to, old)),
  ]);
}

/** The name of the PR workflow's artifact that holds the built site. */
export const PREVIEW_ARTIFACT = 'vidensbasen-forhaandsvisning';

/** ", LIX 43 (før 47)" for a page whose body text can be measured (see CONTRIBUTING.md, "Klart sprog"). */
function lixText(p: ChangedPage): string {
  const { after, before } = p.lix ?? {};
  if (after === undefined) return before === undefined ? '' : `, LIX ikke målt (under ${LIX_MIN_WORDS} ord; før ${before})`;
  const level = lixLevel(after);
  return `, LIX ${after} (${level}${before !== undefined && before !== after ? `; før ${before}` : ''})`;
}

/** The job summary's list of pages to open, and how to open the built site from the artifact. */
export function previewSection(pages: ChangedPage[]): string[] {
  const lines = ['### Sider at se efter', ''];
  if (pages.length === 0) lines.push('Ingen sider er nye, ændrede eller flyttede.');
  for (const p of pages) {
    lines.push(`- ${p.change}: ${md(p.title)} – \`${p.url}\`${lixText(p)}${p.draft ? ' (udkast: er ikke med i det byggede websted; se den med `npm run dev`)' : ''}`);
  }
  lines.push(
    '',
    `Når bygningen er færdig, ligger hele det byggede websted som artefakten \`${PREVIEW_ARTIFACT}\` under *Artifacts* på kørslens oversigt (*Summary*). Sådan åbner du det:`,
    '',
    '1. Hent zip-filen, og pak den ud, fx til `~/Downloads/forhaandsvisning`.',
    '2. Kør `npm run serve -- ~/Downloads/forhaandsvisning` i din klon af repositoryet. Det er den samme server, som testene bruger: den viser 404-siden, åbner adresser, der ender på `/`, og giver søgningen de filtyper, den skal bruge.',
    '3. Åbn http://localhost:4321 efterfulgt af adressen ovenfor, fx http://localhost:4321' + (pages.find((p) => !p.draft)?.url ?? '/') + '. Er porten optaget, så sæt en anden med `PORT=4322 npm run serve -- …`.',
    '',
    'Ændrer pull requesten kode og ikke kun indhold, så læs koden igennem, før du åbner forhåndsvisningen: den kører pull requestens egne scripts i din browser.',
    '',
  );
  return lines;
}

/**
 * The Markdown a pull request's job summary shows: per collection, which entries are new,
 * changed (and which fields), moved or removed; the pages to open in the preview and how; and
 * which lint problems are new.
 */
export function summarize(base: ContentState, head: ContentState): string {
  const redirects = new Map(head.redirects.map((r) => [r.fra, r.til]));
  const diffs = diffContent(base, head);
  const lines: string[] = ['## Indhold i denne pull request', ''];
  const counts: string[] = [];
  const sections: string[] = [];
  for (const { collection, added, changed, moved, removed } of diffs) {
    counts.push(`| ${COLLECTIONS.label(collection)} | ${added.length} | ${changed.length} | ${moved.length} | ${removed.length} |`);
    sections.push(`### ${COLLECTIONS.label(collection)}`, '');
    for (const f of added) sections.push(`- **Ny:** ${md(writtenTitle(f))} (\`${sourcePath(f)}\`, ${status(f)})`);
    for (const [old, f] of changed) {
      const fields = changedFields(old, f);
      const publishing = status(old) !== status(f) ? ` – **${status(old)} → ${status(f)}**` : '';
      sections.push(`- **Ændret:** ${md(writtenTitle(f))} – ${fields.length ? `felter: ${fields.join(', ')}` : 'kun formatering'}${publishing}`);
    }
    for (const [f, to] of moved) {
      const fields = changedFields(f, to);
      sections.push(`- **Flyttet:** ${md(writtenTitle(to))} (\`${entryUrl(f)}\` → \`${entryUrl(to)}\`, den gamle adresse omdirigeres)${fields.length ? ` – felter: ${fields.join(', ')}` : ''}`);
    }
    for (const f of removed) {
      const target = redirects.get(entryUrl(f));
      const note = target ? `omdirigeres til ${target}` : status(f) === 'publiceret' ? '⚠️ adressen forsvinder: brug `npm run flyt`, eller tilføj en omdirigering' : 'var et udkast';
      sections.push(`- **Fjernet:** ${md(writtenTitle(f))} (\`${entryUrl(f)}\`) – ${note}`);
    }
    sections.push('');
  }
  if (counts.length) lines.push('| Samling | Nye | Ændrede | Flyttede | Fjernede |', '| --- | ---: | ---: | ---: | ---: |', ...counts, '', ...sections);
  else lines.push('Pull requesten ændrer ikke indholdet.', '');
  lines.push(...previewSection(changedPages(diffs)));
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
