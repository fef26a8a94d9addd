/**
 * A file name (and URL segment) from a title: lower case, æ→ae, ø→oe, å→aa, other accents
 * dropped, and anything else between words turned into single hyphens.
 * `Kræftens Bekæmpelse – Østdanmark` → `kraeftens-bekaempelse-oestdanmark`.
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
