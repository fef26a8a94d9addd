/* Kept apart from the KB008 rule so the web editor's browser script can use it without the MDX parser. */

/** Schemes a link or image may use; anything else (javascript:, data:, http: …) is refused. */
export const ALLOWED_SCHEMES = ['https', 'mailto', 'tel'] as const;

/**
 * What is wrong with a URL, or undefined if it is allowed. Browsers ignore control characters
 * and spaces inside a scheme, so they are removed before the scheme is read.
 */
export function urlProblem(raw: string): string | undefined {
  const url = raw.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (url.startsWith('//')) return `Adressen "${raw}" mangler https: foran. Skriv hele adressen, fx https://www.eksempel.dk/.`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  if (scheme === 'http') return `Skriv https:// i stedet for http:// i "${raw}". Findes siden kun uden https, så spørg redaktionen.`;
  return `Adresser, der begynder med "${scheme}:", er ikke tilladt. Brug https://…, mailto:…, tel:… eller en adresse på stedet, fx /organisationer/navn/.`;
}
