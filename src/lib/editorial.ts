import { COLLECTIONS } from '../schemas/shared/collections.ts';
import { isPublished, keyOf, refsIn, type Entry } from './model.ts';
import { collectRefs } from './relations.ts';
import type { Lix } from './lix.ts';
import { lixOfBuiltBody } from './lix-build.ts';

/** An entry with its MDX body, if any: as Astro loads it, and as the Node scripts parse it. */
export type EditorialEntry = Entry & { body?: string | undefined };

/** The coordinators' to-do list on /redaktion/. */
export interface EditorialReport {
  drafts: EditorialEntry[];
  overdue: EditorialEntry[];
  orphans: EditorialEntry[];
  pejlemaerkerUdenEksempler: EditorialEntry[];
  sundhedsraadUdenEksempler: EditorialEntry[];
  organisationsMissing: { entry: EditorialEntry; missing: ('kontakt' | 'cvr')[] }[];
  /** Editor-only notes (`redaktionsnoter`), by entry; shown nowhere else. */
  notes: { entry: EditorialEntry; notes: string[] }[];
  /** LIX of every published page with enough body text to measure, hardest first. */
  plainLanguage: { entry: EditorialEntry; score: Lix }[];
}

/** The editor-only notes of an entry (the schema guarantees a list of strings; anything else is none). */
export const editorNotes = (entry: Entry): string[] => entry.data.redaktionsnoter ?? [];

// Code is not prose: links inside it do not count.
const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;
/** An inline link `[text](/url …)`, not an image `![alt](…)` (reference links are not counted, as before). */
const LINK = /(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)/g;

/**
 * The entries (`collection/id`) a body links to. A scan of the Markdown, not a full MDX parse:
 * parsing every body again took 10 % of the build at 1,000 entries (docs/ydelse.md, "Hvad der gjorde det hurtigere"), and
 * tests/unit/lib/editorial.test.ts checks that it finds the same links as the syntax tree does.
 */
export function bodyLinkKeys(body: string | undefined): string[] {
  if (!body?.includes('](')) return [];
  const prose = body.replace(FENCED_CODE, '').replace(INLINE_CODE, '');
  const keys: string[] = [];
  for (const [, image, url] of prose.matchAll(LINK)) {
    if (image) continue;
    const [collection, id] = url?.split(/[?#]/)[0]?.split('/').filter(Boolean) ?? [];
    if (collection && id && (COLLECTIONS.keys as readonly string[]).includes(collection)) keys.push(`${collection}/${id}`);
  }
  return keys;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The published entries whose review date (`naesteGennemgang`) has passed by `today`, or falls
 * within `withinDays` days after it, earliest first. /redaktion/ lists those with 0 days (overdue:
 * the day after the date, as KB014 warns); the review reminders add the next 30 days.
 */
export function reviewsDue<E extends Entry>(entries: readonly E[], today: Date, withinDays = 0): E[] {
  const due = (e: Entry) => e.data.naesteGennemgang.getTime();
  const limit = today.getTime() + withinDays * DAY_MS;
  return entries.filter(isPublished).filter((e) => (withinDays === 0 ? due(e) < limit : due(e) <= limit)).sort((a, b) => due(a) - due(b));
}

/**
 * Builds the overview. Only published entries count as linking to others (drafts are not on
 * the site), and an entry linking to itself does not count.
 */
export function editorialReport(entries: readonly EditorialEntry[], today: Date): EditorialReport {
  const published = entries.filter(isPublished);
  const incoming = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from !== to) incoming.set(to, (incoming.get(to) ?? new Set()).add(from));
  };
  for (const entry of published) {
    const from = keyOf(entry);
    for (const { ref } of collectRefs(entry.data)) link(from, keyOf(ref));
    for (const to of bodyLinkKeys(entry.body)) link(from, to);
  }
  const examples = published.filter((e) => e.collection === 'eksempler');
  const withExamples = {
    pejlemaerker: new Set(examples.flatMap((e) => e.data.pejlemaerker.map(keyOf))),
    sundhedsraad: new Set(examples.flatMap((e) => refsIn(e.data.sundhedsraad).map(keyOf))),
  };
  return {
    drafts: entries.filter((e) => !isPublished(e)),
    overdue: reviewsDue(entries, today),
    orphans: published.filter((e) => !incoming.has(keyOf(e))),
    pejlemaerkerUdenEksempler: published.filter((e) => e.collection === 'pejlemaerker' && !withExamples.pejlemaerker.has(keyOf(e))),
    sundhedsraadUdenEksempler: published.filter((e) => e.collection === 'sundhedsraad' && !withExamples.sundhedsraad.has(keyOf(e))),
    organisationsMissing: published
      .filter((e) => e.collection === 'organisationer')
      .map((entry) => ({ entry, missing: (['kontakt', 'cvr'] as const).filter((field) => entry.data[field] === undefined) }))
      .filter((row) => row.missing.length > 0),
    notes: entries.map((entry) => ({ entry, notes: editorNotes(entry) })).filter((row) => row.notes.length > 0),
    plainLanguage: published
      .flatMap((entry) => {
        const score = lixOfBuiltBody(entry.body);
        return score ? [{ entry, score }] : [];
      })
      .sort((a, b) => b.score.lix - a.score.lix),
  };
}
