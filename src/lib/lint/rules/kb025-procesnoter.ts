import type { Nodes } from 'mdast';
import { plainText } from '../../citations.ts';
import { nodeRule } from '../findings.ts';
import { NOTES_FIELD, readerStrings } from '../reader-fields.ts';

export { NOTES_FIELD };

/** The phrases as Danish words: "a", "a" og "b", "a", "b" og "c". */
const listed = (found: readonly string[]) => found.map((f) => `"${f}"`).join(', ').replace(/, ([^,]*)$/, ' og $1');

/**
 * Process language seen in reader fields so far: notes about the editors' copies, re-reading and
 * reviews, and "we could not". Whole words, any case. What it does not catch: uncertainty about
 * the fact itself ("Det er ikke bekræftet, at …"), which is what `forbehold` is for.
 */
export const PROCESS_PHRASES: readonly { pattern: RegExp; phrase: string }[] = [
  { pattern: /gemte?\s+kopi(?:er|en|erne)?/iu, phrase: 'gemte kopier' },
  { pattern: /(?:læses|læst|læse)\s+igen/iu, phrase: 'læses igen' },
  { pattern: /genlæs\p{L}*/iu, phrase: 'genlæses' },
  { pattern: /(?:seneste|sidste)\s+gennemgang/iu, phrase: 'seneste gennemgang' },
  { pattern: /vi\s+har\s+ikke\s+kunnet/iu, phrase: 'vi har ikke kunnet' },
  { pattern: /vi\s+kunne\s+ikke/iu, phrase: 'vi kunne ikke' },
].map(({ pattern, phrase }) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${pattern.source}(?![\\p{L}\\p{N}])`, pattern.flags), phrase }));

/** The process phrases in a text, as written there. */
export function processPhrases(text: string): string[] {
  return PROCESS_PHRASES.flatMap(({ pattern }) => {
    const match = pattern.exec(text);
    return match ? [match[0]] : [];
  });
}

const INSTEAD = 'Skriv kun, hvad der er usikkert ved oplysningen, fx „Det er ikke bekræftet, at …", eller fjern sætningen, hvis den ikke længere passer.';

/** The blocks of a body whose words a reader sees together (so a phrase split by **fed** or a link is still found). */
const BLOCKS = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell']);

/** KB025: readers never see notes about how the site was made; those go to `redaktionsnoter`. */
export const procesnoter = nodeRule({
  id: 'KB025',
  title: `Felter og tekst, som læserne ser (forbehold, brødtekst, beskrivelse …), må ikke handle om, hvordan stedet er lavet ("gemte kopier", "læses igen", "seneste gennemgang", "vi har ikke kunnet …"). Den slags noter står i ${NOTES_FIELD}.`,
  severity: 'fejl',
  checkNode(node) {
    if (!BLOCKS.has(node.type)) return undefined;
    const found = processPhrases(plainText(node));
    return found.length ? `Teksten siger ${listed(found)}, som handler om, hvordan siden er lavet, og ikke om sagen. Skriv noten til redaktionen i feltet ${NOTES_FIELD}. ${INSTEAD}` : undefined;
  },
  checkFile(file) {
    return readerStrings(file.data).flatMap(({ text, path }) => {
      const found = processPhrases(text);
      if (!found.length) return [];
      const message = `${listed(found)} handler om, hvordan siden er lavet, og ikke om sagen – og feltet vises for læserne. Flyt noten til feltet ${NOTES_FIELD}. ${INSTEAD}`;
      return [{ line: file.lineOf(path), field: path.join('.'), message }];
    });
  },
});
