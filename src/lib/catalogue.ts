import { COLLECTIONS, type CollectionName } from '../schemas/shared/collections.ts';
import type { EntryRef } from '../schemas/shared/reference.ts';
import { byTitle, corpus, type AnyEntry } from './entries.ts';
import { GROUPING } from './listing.ts';
import { BACKLINK_LIMIT, paginate, type ItemGroup, type Paginated } from './pagination.ts';
import { keyOf } from './relations.ts';

/**
 * The paginated lists the site builds: each collection's catalogue and each entry's backlinks.
 * Each is computed once per build and shared by every page that shows a part of it, so building
 * N pages never redoes O(N) work per page.
 */
const catalogues = new Map<CollectionName, Promise<Paginated<AnyEntry> & { all: AnyEntry[] }>>();

/** A collection's list page, grouped as listing.ts says and split into pages, with all its entries. */
export function catalogue(collection: CollectionName): Promise<Paginated<AnyEntry> & { all: AnyEntry[] }> {
  let found = catalogues.get(collection);
  if (!found) {
    found = corpus().then(({ all }) => {
      const entries = all.filter((e) => e.collection === collection);
      return { ...paginate(GROUPING[collection](entries)), all: entries };
    });
    catalogues.set(collection, found);
  }
  return found;
}


/** The entries that refer to `entry`, grouped by their collection (sources left out), by title. */
export async function backlinkGroups(entry: EntryRef): Promise<ItemGroup<AnyEntry>[]> {
  const { backlinks, byKey } = await corpus();
  const from = (backlinks.get(keyOf(entry)) ?? []).map((l) => byKey.get(keyOf(l.from))).filter((e) => e !== undefined);
  return COLLECTIONS.keys
    .filter((c) => c !== 'kilder')
    .map((c) => ({ id: `fra-${c}`, label: COLLECTIONS.label(c), entries: from.filter((e) => e.collection === c).sort(byTitle) }))
    .filter((g) => g.entries.length > 0);
}

/** Whether an entry has more backlinks than its page shows, and so a page of its own for them. */
export const hasBacklinkPages = (groups: readonly ItemGroup<AnyEntry>[]) => groups.some((g) => g.entries.length > BACKLINK_LIMIT);
