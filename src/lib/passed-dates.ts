/**
 * Sentences that speak of a date as still to come ("bliver … 1. januar 2027") once that date has
 * passed. Pure text in, findings out: the lint rule KB027 runs it over MDX bodies and frontmatter.
 */

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as const;

/** `1. januar 2027`, `1. jan. 2027` is not used in the content; ISO `2027-01-01` is. */
const DANISH_DATE = new RegExp(`\\b(\\d{1,2})\\.\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'gi');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/**
 * Words that make a sentence about the date speak of the future. Danish often uses the present
 * tense for the future ("flytter til regionen 1. januar 2027"), which reads as a plan just as well
 * as a fact, so only words that clearly point forward count.
 */
export const FUTURE_MARKERS = ['bliver', 'skal', 'vil', 'fra og med', 'forventes', 'forventer', 'kommer til at', 'træder i kraft', 'planlægges', 'opstår', 'lægges sammen'] as const;
const MARKER = new RegExp(`(?<![\\p{L}])(${FUTURE_MARKERS.map((m) => m.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/** A sentence ends at . ! or ? followed by space and a capital letter (so `1. januar` is not an end). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-ZÆØÅ])/u;

export interface PassedDateSentence {
  /** The sentence as written (whitespace folded). */
  sentence: string;
  /** The date that has passed, as written. */
  date: string;
  /** The word that speaks of it as to come. */
  marker: string;
  /** 0-based line of the sentence within the text. */
  lineOffset: number;
}

function datesIn(sentence: string): { written: string; day: Date }[] {
  const found: { written: string; day: Date }[] = [];
  for (const m of sentence.matchAll(DANISH_DATE)) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase() as (typeof MONTHS)[number]);
    const day = new Date(Date.UTC(Number(m[3]), month, Number(m[1])));
    if (day.getUTCDate() === Number(m[1])) found.push({ written: m[0], day });
  }
  for (const m of sentence.matchAll(ISO_DATE)) {
    const day = new Date(`${m[0]}T00:00:00Z`);
    if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(m[0])) found.push({ written: m[0], day });
  }
  return found;
}

/**
 * The sentences of `text` that name a date before `today` (UTC midnight, as frontmatter dates) and
 * speak of it as still to come. A date counts as passed the day after it, as review dates do (KB014).
 */
export function passedDateSentences(text: string, today: Date): PassedDateSentence[] {
  const results: PassedDateSentence[] = [];
  let consumed = 0;
  for (const raw of text.split(SENTENCE_END)) {
    const start = text.indexOf(raw, consumed);
    consumed = start + raw.length;
    const marker = MARKER.exec(raw)?.[1];
    if (!marker) continue;
    const passed = datesIn(raw).find((d) => d.day.getTime() < today.getTime());
    if (!passed) continue;
    results.push({
      sentence: raw.replace(/\s+/g, ' ').trim(),
      date: passed.written,
      marker: marker.replace(/\s+/g, ' '),
      lineOffset: text.slice(0, start).split('\n').length - 1,
    });
  }
  return results;
}

/** The Danish message for one such sentence. */
export function passedDateMessage(found: PassedDateSentence): string {
  return `Datoen ${found.date} er passeret, men sætningen taler om den som noget, der kommer ("${found.marker}"): "${found.sentence}" Skriv sætningen, så den er sand både før og efter datoen, fx "Fra ${found.date} er …", eller som en kendsgerning i datid.`;
}
