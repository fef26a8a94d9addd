import { visit } from 'unist-util-visit';
import { COLLECTIONS, type CollectionName } from '../schemas/shared/collections.ts';
import { parseMdx } from './lint/mdx.ts';
import { collectRefs, keyOf } from './relations.ts';

/** An entry as both Astro and the Node scripts have it: references parsed to `{ id, collection }`. */
export interface EditorialEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  /** The MDX body, if any. */
  body?: string | undefined;
}

/** The coordinators' to-do list on /redaktion/. */
export interface EditorialReport {
  drafts: EditorialEntry[];
  overdue: EditorialEntry[];
  orphans: EditorialEntry[];
  bearingsWithoutExamples: EditorialEntry[];
  councilsWithoutExamples: EditorialEntry[];
  organisationsMissing: { entry: EditorialEntry; missing: ('kontakt' | 'cvr')[] }[];
}

const isPublished = (e: EditorialEntry) => e.data['status'] === 'publiceret';

/** The entries (`collection/id`) a body links to, read from its syntax tree. */
export function bodyLinkKeys(body: string | undefined): string[] {
  const parsed = body ? parseMdx(body) : undefined;
  if (!parsed || !('tree' in parsed)) return [];
  const keys: string[] = [];
  visit(parsed.tree, 'link', (node) => {
    const [collection, id] = node.url.split(/[?#]/)[0]?.split('/').filter(Boolean) ?? [];
    if (collection && id && (COLLECTIONS.keys as readonly string[]).includes(collection)) keys.push(`${collection}/${id}`);
  });
  return keys;
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
  const exampleRefs = (field: string) => new Set(examples.flatMap((e) => collectRefs(e.data[field]).map(({ ref }) => keyOf(ref))));
  const withExamples = { pejlemaerker: exampleRefs('pejlemaerker'), sundhedsraad: exampleRefs('sundhedsraad') };
  const due = (e: EditorialEntry) => e.data['naesteGennemgang'];
  return {
    drafts: entries.filter((e) => !isPublished(e)),
    overdue: published
      .filter((e) => due(e) instanceof Date && (due(e) as Date).getTime() < today.getTime())
      .sort((a, b) => (due(a) as Date).getTime() - (due(b) as Date).getTime()),
    orphans: published.filter((e) => !incoming.has(keyOf(e))),
    bearingsWithoutExamples: published.filter((e) => e.collection === 'pejlemaerker' && !withExamples.pejlemaerker.has(keyOf(e))),
    councilsWithoutExamples: published.filter((e) => e.collection === 'sundhedsraad' && !withExamples.sundhedsraad.has(keyOf(e))),
    organisationsMissing: published
      .filter((e) => e.collection === 'organisationer')
      .map((entry) => ({ entry, missing: (['kontakt', 'cvr'] as const).filter((field) => entry.data[field] === undefined) }))
      .filter((row) => row.missing.length > 0),
  };
}
