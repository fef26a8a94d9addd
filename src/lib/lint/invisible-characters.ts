import { findingsPerLine } from './line-findings.ts';
import type { Finding } from './types.ts';

// Imports nothing that parses Markdown: the web editor runs this check (KB031) in the browser too.

/**
 * Characters a reviewer cannot see that change what a text says or how it is shown
 * ("Trojan Source", CVE-2021-42574; docs/sikkerhed.md): the bidirectional controls, zero-width
 * characters, Unicode's tag characters (which can hide a whole sentence) and every other format
 * or control character. Named in Danish where a reader meets them in pasted text.
 */
const NAMES: Readonly<Record<number, string>> = {
  0x200b: 'mellemrum uden bredde (ZERO WIDTH SPACE)',
  0x200c: 'ikke-sammenbinder uden bredde (ZERO WIDTH NON-JOINER)',
  0x200d: 'sammenbinder uden bredde (ZERO WIDTH JOINER)',
  0x200e: 'venstre-mod-højre-mærke (LEFT-TO-RIGHT MARK)',
  0x200f: 'højre-mod-venstre-mærke (RIGHT-TO-LEFT MARK)',
  0x202a: 'retningsskift (LEFT-TO-RIGHT EMBEDDING)',
  0x202b: 'retningsskift (RIGHT-TO-LEFT EMBEDDING)',
  0x202c: 'retningsskift (POP DIRECTIONAL FORMATTING)',
  0x202d: 'retningsskift (LEFT-TO-RIGHT OVERRIDE)',
  0x202e: 'retningsskift (RIGHT-TO-LEFT OVERRIDE)',
  0x2060: 'ordbinder uden bredde (WORD JOINER)',
  0x2066: 'retningsskift (LEFT-TO-RIGHT ISOLATE)',
  0x2067: 'retningsskift (RIGHT-TO-LEFT ISOLATE)',
  0x2068: 'retningsskift (FIRST STRONG ISOLATE)',
  0x2069: 'retningsskift (POP DIRECTIONAL ISOLATE)',
  0x2028: 'linjeskilletegn (LINE SEPARATOR)',
  0x2029: 'afsnitsskilletegn (PARAGRAPH SEPARATOR)',
  0xfeff: 'byte-rækkefølgemærke inde i teksten (ZERO WIDTH NO-BREAK SPACE)',
};

/** Invisible or format characters, controls other than tab and line breaks, and the Hangul fillers that look blank. */
const SUSPECT = /[\p{Cf}\p{Cc}\u2028\u2029\u115f\u1160\u3164\uffa0]/gu;
const EMOJI = /\p{Extended_Pictographic}/u;

/** Whether Danish text needs the character where it stands (so it is not reported). */
function needed(text: string, index: number, char: string): boolean {
  if (char === '\t' || char === '\n' || char === '\r') return true;
  // A soft hyphen marks where a long compound may break ("sundheds\u00adkoordinator").
  if (char === '\u00ad') return true;
  // A joiner inside an emoji sequence (👩‍⚕️) is part of the emoji.
  if (char === '\u200d') return EMOJI.test(text[index - 1] ?? '') || EMOJI.test(String.fromCodePoint(text.codePointAt(index - 2) ?? 0));
  return false;
}

/** U+202E and its Danish name, for messages. */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code] ?? (code >= 0xe0000 && code <= 0xe007f ? 'mærketegn (TAG CHARACTER), der kan gemme tekst' : code < 0x20 || code === 0x7f ? 'styretegn' : 'usynligt formattegn');
  return `${hex} ${name}`;
}

/** The invisible characters on one line: [column (1-based), character]. */
export function invisibleOnLine(line: string): [column: number, char: string][] {
  const found: [number, string][] = [];
  for (const match of line.matchAll(SUSPECT)) {
    if (!needed(line, match.index, match[0])) found.push([[...line.slice(0, match.index)].length + 1, match[0]]);
  }
  return found;
}

/**
 * KB031's findings for a whole file: one per line that holds such characters, naming each with its
 * column. A byte-order mark as the file's very first character is how some editors save UTF-8,
 * and is allowed.
 */
export function invisibleCharacterFindings(source: string): Finding[] {
  const text = source.startsWith('\ufeff') ? ` ${source.slice(1)}` : source;
  return findingsPerLine(text, (line) => {
    const found = invisibleOnLine(line.replace(/\r$/, ''));
    if (found.length === 0) return undefined;
    const list = found.map(([column, char]) => `${describeCharacter(char)} i kolonne ${column}`).join(', ');
    return `Usynligt tegn: ${list}. Det kan få teksten til at se anderledes ud for den, der gennemser ændringen, end den er. Slet tegnet, fx ved at skrive ordene omkring det igen i stedet for at kopiere dem.`;
  });
}
