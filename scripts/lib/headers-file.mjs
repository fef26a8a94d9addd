/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share) so scripts/serve.mjs can
 * send the same headers locally and the browser tests can prove the site works under them.
 */

/**
 * @typedef {{ pattern: string, headers: Array<[string, string]> }} HeaderRule
 */

/**
 * Parses `_headers`: a line starting with `/` opens a path pattern, indented `Name: value` lines
 * below it are its headers, `#` lines are comments.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 1 || !rule) throw new Error(`_headers: kan ikke læse linjen "${raw}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers for a request path: those of every matching rule, in file order (hosts merge all
 * matching rules). `*` matches anything, `:name` one path segment.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Array<[string, string]>}
 */
export function headersFor(rules, pathname) {
  return rules
    .filter(({ pattern }) => {
      const source = pattern
        .split(/(\*|:[A-Za-z]+)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      return new RegExp(`^${source}$`).test(pathname);
    })
    .flatMap(({ headers }) => headers);
}
