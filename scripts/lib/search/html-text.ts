/**
 * The text Pagefind indexes on a built page, read with a small tag scanner: the
 * `data-pagefind-body` regions without `data-pagefind-ignore` parts and without the elements
 * Pagefind skips itself. Astro writes well-formed HTML, so a scanner is enough and costs a fraction
 * of a full parser on thousands of pages.
 */

/** Elements Pagefind never indexes, and code (EXCLUDED_SELECTORS). */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'nav', 'footer', 'form', 'svg', 'code', 'pre']);

/**
 * Elements left out of the readers' index: code ids and file names (`boerneattest-ved-kontakt-med-boern`,
 * `sundhedsraad.slug`) are not Danish, and a reader typing `sundhedsraad` wants the councils.
 */
export const EXCLUDED_SELECTORS = ['code', 'pre'];
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A tag or a comment; every tag separates words (Pagefind's own reading does the same for blocks). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Decodes the entities Astro writes (named basics and numeric references). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** The indexed text of a page, or null when the page has no `data-pagefind-body` (not indexed). */
export function indexedText(html: string): string | null {
  if (!html.includes('data-pagefind-body')) return null;
  const out: string[] = [];
  // Each open element: whether it starts a body region, and whether it starts an ignored one.
  const stack: { name: string; body: boolean; ignored: boolean }[] = [];
  let bodyDepth = 0;
  let ignoredDepth = 0;
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (bodyDepth > 0 && ignoredDepth === 0) out.push(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, rawName, attrs = ''] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      // Close up to the matching element (tolerates an unclosed <p> or <li>).
      const at = stack.findLastIndex((e) => e.name === name);
      if (at < 0) continue;
      for (const e of stack.splice(at)) {
        if (e.body) bodyDepth--;
        if (e.ignored) ignoredDepth--;
      }
      out.push(' ');
      continue;
    }
    out.push(' ');
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    const body = /\sdata-pagefind-body\b/.test(attrs);
    const ignored = SKIPPED.has(name) || /\sdata-pagefind-ignore\b/.test(attrs);
    stack.push({ name, body, ignored });
    if (body) bodyDepth++;
    if (ignored) ignoredDepth++;
  }
  return decodeEntities(out.join('')).replace(/\s+/g, ' ').trim();
}

/** Lower-case words of a text: runs of letters (digits and codes are not words to split or suggest). */
export function letterWords(text: string): string[] {
  return text.toLocaleLowerCase('da').match(/\p{L}+/gu) ?? [];
}
