import { COLLECTIONS, type CollectionName } from '../schemas/shared/collections.ts';
import type { EntryRef } from '../schemas/shared/reference.ts';
import { siteModel } from './entries.ts';
import { groupEntries } from './listing.ts';
import { byTitle, keyOf, type Entry } from './model.ts';
import { BACKLINK_LIMIT, paginate, type ItemGroup, type Paginated } from './pagination.ts';

/**
 * The paginated lists the site builds: each collection's catalogue and each entry's backlinks.
 * Each is computed once per build and shared by every page that shows a part of it, so building
 * N pages never redoes O(N) work per page.
 */
const kataloger = new Map<CollectionName, Promise<Paginated<Entry> & { all: readonly Entry[] }>>();

/** A collection's catalogue (its list page), grouped as listing.ts says and split into pages, with all its entries. */
export function katalog(collection: CollectionName): Promise<Paginated<Entry> & { all: readonly Entry[] }> {
  let found = kataloger.get(collection);
  if (!found) {
    found = siteModel().then((model) => {
      const entries = model.of(collection);
      return { ...paginate(groupEntries(collection, entries)), all: entries };
    });
    kataloger.set(collection, found);
  }
  return found;
}

/** The entries that refer to `entry`, grouped by their collection (sources left out), by title. */
export async function backlinkGroups(entry: EntryRef): Promise<ItemGroup<Entry>[]> {
  const model = await siteModel();
  const from = model.resolve((model.backlinks.get(keyOf(entry)) ?? []).map((l) => l.from));
  return COLLECTIONS.keys
    .filter((c) => c !== 'kilder')
    .map((c) => ({ id: `fra-${c}`, label: COLLECTIONS.label(c), entries: from.filter((e) => e.collection === c).sort(byTitle) }))
    .filter((g) => g.entries.length > 0);
}

/** Whether an entry has more backlinks than its page shows, and so a page of its own for them. */
export const hasBacklinkPages = (groups: readonly ItemGroup<Entry>[]) => groups.some((g) => g.entries.length > BACKLINK_LIMIT);
