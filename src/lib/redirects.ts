import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

/** Old addresses that must keep working, relative to the content folder. `npm run flyt` writes it. */
export const REDIRECTS_FILE = 'omdirigeringer.yaml';

/** One redirect: `fra` (the old address) sends readers to `til`. */
export interface Redirect {
  fra: string;
  til: string;
  /** Line in the file, for error messages. */
  line: number;
}

const HEADER = `# Gamle adresser, der skal blive ved med at virke, og hvor de nu fører hen.
# \`npm run flyt\` skriver her, når en post skifter navn. Ret kun i hånden efter aftale med redaktionen.
# Hver linje: fra (den gamle adresse) og til (den nye), begge som /samling/navn/.
`;

/** Reads the redirects; a missing file means none. Malformed items are returned as errors. */
export function readRedirects(contentRoot: string): { redirects: Redirect[]; errors: { line: number; message: string }[] } {
  let text = '';
  try {
    text = readFileSync(join(contentRoot, REDIRECTS_FILE), 'utf8');
  } catch {
    return { redirects: [], errors: [] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const redirects: Redirect[] = [];
  const errors: { line: number; message: string }[] = [];
  const lineAt = (node: unknown) => counter.linePos((node as { range?: number[] }).range?.[0] ?? 0).line;
  if (doc.errors.length || (doc.contents && !isSeq(doc.contents))) {
    errors.push({ line: 1, message: 'Filen skal være en liste, hvor hvert punkt har fra: og til:.' });
    return { redirects, errors };
  }
  for (const item of isSeq(doc.contents) ? doc.contents.items : []) {
    const fra = isMap(item) ? item.get('fra') : undefined;
    const til = isMap(item) ? item.get('til') : undefined;
    if (typeof fra === 'string' && typeof til === 'string') redirects.push({ fra, til, line: lineAt(item) });
    else errors.push({ line: lineAt(item), message: 'Hvert punkt skal have fra: /gammel/adresse/ og til: /ny/adresse/.' });
  }
  return { redirects, errors };
}

/** `{ fra: til }` for Astro's `redirects` option, which writes a page at each old address. */
export function astroRedirects(contentRoot: string): Record<string, string> {
  return Object.fromEntries(readRedirects(contentRoot).redirects.map((r) => [r.fra, r.til]));
}

/**
 * Records that `fra` moved to `til`. Earlier redirects that led to `fra` now lead straight to
 * `til` (no chains), and a redirect away from `til` is dropped (the address is in use again).
 */
export function addRedirect(contentRoot: string, fra: string, til: string): void {
  const list = readRedirects(contentRoot)
    .redirects.filter((r) => r.fra !== til && r.fra !== fra)
    .map((r) => ({ fra: r.fra, til: r.til === fra ? til : r.til }));
  list.push({ fra, til });
  list.sort((a, b) => a.fra.localeCompare(b.fra));
  const body = list.map((r) => `- fra: ${r.fra}\n  til: ${r.til}\n`).join('');
  writeFileSync(join(contentRoot, REDIRECTS_FILE), `${HEADER}${body || '[]\n'}`);
}

