import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { keyOf, sourcePath, summaryOf, titleOf } from '../model.ts';
import { pageUrl, type DataContext } from './context.ts';
import type { FeedItem } from './feed.ts';
import type { FileHistory } from '../git-history.ts';
import { stableId } from './ids.ts';

/** Sources are cited, not read on their own: the feed is about the entries that cite them. */
const IN_FEED: readonly CollectionName[] = COLLECTIONS.keys.filter((c) => c !== 'kilder');

/** RFC 3339 at UTC midnight of a review date. */
const dayStart = (date: Date) => `${date.toISOString().slice(0, 10)}T00:00:00Z`;
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/**
 * The newest and most recently changed published entries. An entry's date is its last commit
 * or its last review, whichever is later; without history (a shallow clone) the review date.
 * It is "Ny" when it has had one commit only, "Ændret" after more.
 */
export function newsItems(ctx: DataContext, dates: Map<string, Pick<FileHistory, 'created' | 'updated'>>, limit = 50): FeedItem[] {
  const items = ctx.model.all
    .filter((e) => IN_FEED.includes(e.collection))
    .map((entry) => {
      const git = dates.get(sourcePath(entry));
      const reviewed = dayStart(entry.data.sidstGennemgaaet);
      const updated = git ? later(git.updated, reviewed) : reviewed;
      const state = !git ? { term: 'gennemgaaet', label: 'Gennemgået' } : git.created === git.updated ? { term: 'ny', label: 'Ny' } : { term: 'aendret', label: 'Ændret' };
      return {
        id: `urn:uuid:${stableId(keyOf(entry))}`,
        title: titleOf(entry),
        url: pageUrl(ctx, entry),
        summary: summaryOf(entry),
        updated,
        published: git?.created,
        categories: [{ term: entry.collection, label: COLLECTIONS.label(entry.collection) }, state],
      };
    });
  return items.sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.url.localeCompare(b.url)).slice(0, limit);
}
