/**
 * Questions typed as queries. Readers type what they want to know ("hvem betaler, hvis en frivillig
 * kommer til skade?"), and Pagefind wants every word on the page: the Danish stop words and question
 * words are dropped before the query is searched ("frivillig skade betaler"), unless the whole query
 * is such words or a quoted phrase. The list is the `stopword` package's Danish list (stopwords-iso,
 * MIT licence), plus the question words and verbs a question opens with that it lacks.
 */
import { dan } from 'stopword/src/stopwords_dan.js';
import { queryWords } from './spelling';

/**
 * Words a question carries beside the stop-word list: question words, the verbs a question opens
 * with, and forms of the list's own verbs it lacks (it has `lav`, `tag`, `får`).
 */
const QUESTION_WORDS = ['hvilke', 'hvilket', 'hvorvidt', 'hvorhen', 'hvorledes', 'bør', 'gør', 'gøre', 'mon', 'laver', 'lave'];

/** Every word dropped from a question, lower-case. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...dan, ...QUESTION_WORDS].map((w) => w.toLocaleLowerCase('da')));

/** True for a query in quotation marks (straight or Danish), which is searched as typed. */
export const isQuoted = (query: string): boolean => /["“”„»«]/.test(query);

/** A question with its little words dropped: the words searched, and those left out. */
export interface Question {
  /** The words searched, in the order typed. */
  kept: string;
  /** The words left out, in the order typed. */
  dropped: string[];
}

/**
 * The query without its stop words and question words, or null when there is nothing to drop,
 * when every word is one (`hvem er vi`), or when the query is quoted.
 */
export function question(query: string): Question | null {
  if (isQuoted(query)) return null;
  const words = queryWords(query);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  if (kept.length === 0 || kept.length === words.length) return null;
  return { kept: kept.join(' '), dropped: words.filter((w) => STOP_WORDS.has(w)) };
}

/** The query as a quoted phrase: what "search the whole sentence" runs (Pagefind searches it exactly). */
export const wholeSentence = (query: string): string => `"${queryWords(query).join(' ')}"`;
