/**
 * The site's word list in the browser, fetched per first letter as queries need it (a few KB
 * each) and kept for the page's lifetime. It tells which typed words the site does not have,
 * which Pagefind cannot: for an unknown word it quietly searches a shorter word that starts it.
 */
import { chunkOf, queryWords, Speller, WORD_LIST_DIR, type SpellerFor } from '../../lib/search/spelling';

const chunks = new Map<string, Promise<Speller>>();
const loaded = new Map<string, Speller>();
const EMPTY = new Speller([]);

/** Fetches one letter's list once; a missing or failed list counts as empty (and is tried again later). */
function chunk(letter: string): Promise<Speller> {
  let pending = chunks.get(letter);
  if (!pending) {
    pending = fetch(`/pagefind/${WORD_LIST_DIR}/${encodeURIComponent(letter)}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : Promise.reject(new Error(String(r.status)))))
      .then((words) => {
        const speller = new Speller(words);
        loaded.set(letter, speller);
        return speller;
      })
      .catch(() => {
        chunks.delete(letter);
        return EMPTY;
      });
    chunks.set(letter, pending);
  }
  return pending;
}

/** Loads the lists every word of the queries needs; resolves to a lookup by word, or null if none could be loaded. */
export async function siteWords(...queries: string[]): Promise<SpellerFor | null> {
  const letters = [...new Set(queries.flatMap(queryWords).map(chunkOf))].filter((l) => /^[a-z]$/.test(l));
  await Promise.all(letters.map(chunk));
  if (letters.some((l) => !loaded.has(l))) return null;
  return (word) => loaded.get(chunkOf(word)) ?? EMPTY;
}
