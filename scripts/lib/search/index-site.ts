/**
 * Builds the readers' search index of a built site with Pagefind's Node API. Each page goes to
 * Pagefind as written, plus (in memory only, never in the served HTML) one hidden metadata field,
 * `dele`, holding the parts of its compound words: a search for `forening` then finds
 * `patientforeninger`, while excerpts still come from the page text alone. Beside the index it
 * writes the site's word list, which the search UI loads for "Mente du …?" only when a search
 * finds little.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages } from '../../../src/lib/built-site.ts';
import { readAllContent } from '../../../src/lib/content-files.ts';
import { isReaderPage } from '../../../src/lib/search/readers.ts';
import { chunkOf, WORD_LIST_DIR } from '../../../src/lib/search/spelling.ts';
import { titleOf } from '../../../src/lib/model.ts';
import { validateSchemas } from '../../../src/lib/validate.ts';
import { CombinedLexicon, CompoundSplitter, VocabularyLexicon } from './compound.ts';
import { HunspellLexicon } from './hunspell.ts';
import { decodeEntities, EXCLUDED_SELECTORS, indexedText, letterWords } from './html-text.ts';

/** The hidden field of glossary synonyms a page carries (src/components/search/SearchTags.astro). */
const SEARCH_WORDS = /data-pagefind-meta="soegeord:([^"]*)"/g;

/** Pages handed to Pagefind at once: its indexer works while the next pages are read and split. */
const IN_FLIGHT = 16;

/** The metadata field that carries compound parts (ranked in src/scripts/search/engine.ts). */
export const PARTS_FIELD = 'dele';
/** The word list keeps the words a reader may mean: at least this long, at most this many. */
const MIN_SUGGESTED = 3;
const MAX_WORDS = 30_000;

/** What the indexing did, for the build log and `npm run bench`. */
export interface IndexStats {
  pages: number;
  words: number;
  distinctWords: number;
  partsAdded: number;
  splitSeconds: number;
}

/** Every built page, as a file path relative to the site folder, in file order. */
const htmlFiles = (dir: string): string[] => builtPages(dir).map((page) => relative(dir, page.file)).sort();

/** The URL Pagefind gives a file: `a/b/index.html` → `/a/b/`. */
export function urlOf(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Words of the site's own vocabulary: glossary terms and synonyms, names of organisations and offers. */
function siteVocabulary(contentDir: string): string[] {
  const words: string[] = [];
  for (const entry of validateSchemas(readAllContent(contentDir, process.cwd(), ['ordliste', 'organisationer', 'tilbud'])).entries) {
    if (entry.collection === 'ordliste') {
      for (const value of [entry.data.term, ...entry.data.synonymer]) words.push(...letterWords(value));
    } else if (entry.collection === 'organisationer' || entry.collection === 'tilbud') {
      words.push(...letterWords(titleOf(entry)));
    }
  }
  return words;
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Indexes `outDir` into `outDir/pagefind`. With `compounds: false` the pages go in unchanged (for
 * measuring what the parts cost).
 */
export async function indexSite(outDir: string, contentDir: string, { compounds = true } = {}): Promise<IndexStats> {
  const started = performance.now();
  const lexicons = compounds ? [await HunspellLexicon.fromPackage(), new VocabularyLexicon(siteVocabulary(contentDir))] : [];
  const splitter = new CompoundSplitter(new CombinedLexicon(lexicons));
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  const pagesWithWord = new Map<string, number>();
  let pages = 0;
  let partsAdded = 0;
  let splitMs = performance.now() - started;
  const pending = new Set<Promise<void>>();
  for (const file of htmlFiles(outDir)) {
    const url = urlOf(file);
    const html = readFileSync(join(outDir, file), 'utf8');
    const text = indexedText(html);
    if (text === null || !isReaderPage(url)) continue;
    const splitStarted = performance.now();
    const words = new Set(letterWords(text));
    // The glossary synonyms are searchable too (a hidden field), so the word list must know them:
    // the search UI treats a word it does not know as not on the site.
    const synonyms = new Set([...html.matchAll(SEARCH_WORDS)].flatMap(([, value = '']) => letterWords(decodeEntities(value))).filter((w) => !words.has(w)));
    // Parts the page already has as words of their own would add nothing.
    const parts = compounds ? new Set([...words].flatMap((w) => splitter.split(w)).filter((p) => !words.has(p))) : new Set<string>();
    // The parts are searchable, so the word list knows them too (`guider` is not a typo).
    for (const word of new Set([...words, ...parts, ...synonyms])) pagesWithWord.set(word, (pagesWithWord.get(word) ?? 0) + 1);
    splitMs += performance.now() - splitStarted;
    partsAdded += parts.size;
    const field = parts.size > 0 ? `<div hidden data-pagefind-meta="${PARTS_FIELD}:${escapeAttr([...parts].join(' '))}"></div>` : '';
    const adding = index.addHTMLFile({ url, content: field ? html.replace('</body>', `${field}</body>`) : html }).then((result) => {
      if (result.errors.length > 0) throw new Error(`Pagefind kunne ikke indeksere ${file}: ${result.errors.join('; ')}`);
    });
    pending.add(adding);
    void adding.finally(() => pending.delete(adding)).catch(() => undefined);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    pages++;
  }
  await Promise.all(pending);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind kunne ikke skrive indekset: ${written.errors.join('; ')}`);
  await pagefind.close();

  // Most used first, so the UI prefers common words among equally close suggestions.
  const list = [...pagesWithWord]
    .filter(([word]) => word.length >= MIN_SUGGESTED)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'))
    .slice(0, MAX_WORDS)
    .map(([word]) => word);
  const byLetter = new Map<string, string[]>();
  for (const word of list) byLetter.set(chunkOf(word), [...(byLetter.get(chunkOf(word)) ?? []), word]);
  const dir = join(outDir, 'pagefind', WORD_LIST_DIR);
  mkdirSync(dir, { recursive: true });
  // Every letter gets a file, also an empty one, so the browser can tell "no such words" from "not built".
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') byLetter.set(letter, byLetter.get(letter) ?? []);
  for (const [letter, words] of byLetter) if (/^[a-z]$/.test(letter)) writeFileSync(join(dir, `${letter}.json`), JSON.stringify(words));
  return { pages, words: list.length, distinctWords: splitter.cached, partsAdded, splitSeconds: splitMs / 1000 };
}

