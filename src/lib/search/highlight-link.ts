import { HIGHLIGHT_PARAM } from './readers';

/**
 * A result link that highlights `terms` on arrival; the parameters go before any `#section`.
 * Apart from readers.ts, so the loader every page carries gets the parameter name only.
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams(terms.map((t) => [HIGHLIGHT_PARAM, t]));
  return `${path}${path.includes('?') ? '&' : '?'}${params}${fragment}`;
}
