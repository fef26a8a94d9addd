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

/** A result link that highlights `terms` on arrival; the parameters go before any `#section`. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams(terms.map((t) => [HIGHLIGHT_PARAM, t]));
  return `${path}${path.includes('?') ? '&' : '?'}${params}${fragment}`;
}
