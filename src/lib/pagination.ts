/**
 * Splits a grouped list (a catalogue's groups, an entry's backlinks) into pages of a fixed number
 * of items, so no page grows with the corpus: the first page keeps its URL (`/tilbud/`), the
 * next ones are `/tilbud/side/2/` …. Groups keep their order; a group that runs over a page break
 * continues on the next page under the same heading.
 */

/** Items per page. At ~0.5–1 KB of HTML per card, a page stays well under the 200 KB budget. */
export const PAGE_SIZE = 100;

/** How many backlinks per collection an entry's page shows before it links to all of them. */
export const BACKLINK_LIMIT = 10;

/** How many entries of each kind a council's area shows on its page (its charts take the rest of the room). */
export const AREA_LIMIT = 5;

/**
 * How many items a list inside a page (a council's area, a field's possible targets, a section of
 * the editorial report) shows before it says how many more there are. Keeps those pages from
 * growing with the corpus; the full lists are in the data files, list pages or `npm run tjek`.
 */
export const PREVIEW_LIMIT = 20;

/** A group of items (entries) with a heading; `label` may be empty for an ungrouped list. */
export interface ItemGroup<T> {
  id: string;
  label: string;
  entries: T[];
}

/** A group's part on one page. */
export interface PageSection<T> extends ItemGroup<T> {
  /** The group started on an earlier page. */
  continued: boolean;
  /** The group's size across all pages. */
  total: number;
}

/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  sections: PageSection<T>[];
  /** 1-based positions of the first and last item on the page. */
  from: number;
  to: number;
}

/** The pages, and the page each group starts on (for a table of contents on every page). */
export interface Paginated<T> {
  pages: ListPage<T>[];
  startPage: Map<string, number>;
  items: number;
}

/** Splits groups into pages of at most `size` items; an empty list gives one empty page. */
export function paginate<T>(groups: readonly ItemGroup<T>[], size = PAGE_SIZE): Paginated<T> {
  const pages: ListPage<T>[] = [];
  const startPage = new Map<string, number>();
  let current: ListPage<T> = { number: 1, sections: [], from: 1, to: 0 };
  for (const group of groups) {
    let offset = 0;
    while (offset < group.entries.length) {
      if (current.to - current.from + 1 >= size) {
        pages.push(current);
        current = { number: current.number + 1, sections: [], from: current.to + 1, to: current.to };
      }
      if (!startPage.has(group.id)) startPage.set(group.id, current.number);
      const room = size - (current.to - current.from + 1);
      const slice = group.entries.slice(offset, offset + room);
      current.sections.push({ ...group, entries: slice, continued: offset > 0, total: group.entries.length });
      current.to += slice.length;
      offset += slice.length;
    }
  }
  pages.push(current);
  return { pages, startPage, items: current.to };
}

/** The URL of page `n` of a list whose first page is `base` (ending in `/`). */
export const pageHref = (base: string, n: number) => (n <= 1 ? base : `${base}side/${n}/`);

/**
 * The page numbers a page's navigation shows: the first, the last, and two either side of the
 * current one, with `null` where numbers are left out — so the navigation stays small however
 * many pages there are.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
