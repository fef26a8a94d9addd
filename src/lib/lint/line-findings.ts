import type { Finding } from './types.ts';

// Apart from findings.ts on purpose: the web editor runs the CPR check (KB011) in the browser,
// and this module must not bring the Markdown parser into its bundle.

/** What a check says about one node or line: nothing, one message or several (undefined ones are skipped). */
export type Said = string | undefined | readonly (string | undefined)[];

/** The messages in what a check said, in order. */
export const messagesOf = (said: Said): string[] =>
  (typeof said === 'string' || said === undefined ? [said] : said).filter((m): m is string => m !== undefined);

/** Findings for each line of a text: `check` reads one line, its messages stand at the line's 1-based number. */
export function findingsPerLine(source: string, check: (line: string) => Said): Finding[] {
  return source.split('\n').flatMap((text, i) => messagesOf(check(text)).map((message) => ({ line: i + 1, message })));
}
