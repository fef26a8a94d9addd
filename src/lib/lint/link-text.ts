/* Kept apart from the KB013 rule so the web editor's browser script can use it without the MDX parser. */

/** Link texts that do not say where the link leads (WCAG 2.4.4; withastro/docs GoodLabels). */
export const VAGUE_LINK_TEXTS = [
  'her', 'klik', 'klik her', 'tryk', 'tryk her', 'læs mere', 'læs mere her', 'læs her', 'se her', 'se mere',
  'mere', 'link', 'linket', 'dette link', 'denne side', 'denne', 'læs videre', 'find den her',
];
const VAGUE = new Set(VAGUE_LINK_TEXTS);

/** True when a link text is on the list, or starts with "klik her"/"tryk her". */
export function isVagueLinkText(text: string): boolean {
  const normalised = text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.,:;!?…»«"“”()-]+$/g, '').replace(/^[\s»«"“”(-]+/, '');
  return VAGUE.has(normalised) || /^(klik|tryk) her\b/.test(normalised);
}
