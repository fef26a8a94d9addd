/**
 * Which pages belong in the readers' search. The contributors' pages (how to contribute, the
 * field reference with every code id, the editorial overview, the editing page) are for editors:
 * their code ids (`boerneattest-ved-kontakt-med-boern`) would otherwise outrank the entries a
 * reader is looking for. Read by BaseLayout (no `data-pagefind-body`) and by the indexer.
 */
export const EDITOR_PATHS = ['/bidrag/', '/redaktion/', '/admin/'] as const;

/** True for a page readers should find in the site search. */
export const isReaderPage = (path: string): boolean => !EDITOR_PATHS.some((prefix) => path.startsWith(prefix));

/** The URL parameter that carries the search words to highlight on the page a result opens. */
export const HIGHLIGHT_PARAM = 'fremhaev';

/**
 * Pages that are not entries carry their kind as a hidden search filter (`side`), so the search can
 * rank them below the entries that answer questions (src/scripts/search/engine.ts): a list page (a
 * collection's first page, the site map, the front page) only links to the answers, and a page about
 * the site itself (accessibility, privacy, open data) rarely is the answer. Later pages of a list and
 * an entry's list of backlinks are not indexed at all.
 */
export const PAGE_KIND = 'side';
export type PageKind = 'oversigt' | 'om-stedet';
