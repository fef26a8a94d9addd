import { beforeAll, describe, expect, it } from 'vitest';
import { CombinedLexicon, CompoundSplitter, VocabularyLexicon, type Lexicon } from '../../../../scripts/lib/search/compound.ts';
import { HunspellLexicon } from '../../../../scripts/lib/search/hunspell.ts';

/** The real Danish dictionary plus two site words, as the build uses them. */
let splitter: CompoundSplitter;
beforeAll(async () => {
  splitter = new CompoundSplitter(new CombinedLexicon([await HunspellLexicon.fromPackage(), new VocabularyLexicon(['civilsamfund', 'Hjerteforeningen'])]));
});

describe('compound words are split into their parts', () => {
  it.each([
    ['patientforeninger', ['patient', 'foreninger']],
    ['civilsamfundskoordinator', ['civilsamfund', 'civil', 'samfund', 'koordinator']],
    ['civilsamfundsorganisationer', ['civilsamfund', 'civil', 'samfund', 'organisationer']],
    ['sundhedsråd', ['sundhed', 'råd']],
    ['sundhedsrådene', ['sundhed', 'rådene']],
    ['børneattest', ['børn', 'attest']],
    ['hjerteforeningen', ['hjerte', 'foreningen']],
    ['kræftrådgivning', ['kræft', 'rådgivning']],
    ['hospitalsklovne', ['hospital', 'klovne']],
    ['motionscaféer', ['motion', 'caféer']],
    ['omsorgscenter', ['omsorg', 'center']],
    ['fødeafdeling', ['føde', 'afdeling']],
    ['tavshedspligt', ['tavshed', 'pligt']],
    ['arbejdsklausul', ['arbejde', 'klausul']],
    ['sygeplejersker', ['syge', 'plejersker']],
    ['frivilligcenter', ['frivillig', 'center']],
  ])('%s → %j', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });

  it('uses a linking s or e only where the dictionary allows it', () => {
    // sundhed takes -s- (sundheds|råd), børn takes -e- (børne|attest), patient takes none.
    expect(splitter.split('sundhedsplatformen')).toEqual(['sundhed', 'platformen']);
    expect(splitter.split('børnehospitalet')).toEqual(['børn', 'hospitalet']);
    expect(splitter.split('patientoplysninger')).toEqual(['patient', 'oplysninger']);
  });
});

describe('words that are not split', () => {
  it.each([
    ['forening', 'no part starts it'],
    ['organisation', 'a simple word'],
    ['frivillige', 'fri|villige: a three-letter part of a word the dictionary knows whole'],
    ['kræftens', 'kræft|ens: the genitive ending is no part'],
    ['indsatsen', 'ind|satsen'],
    ['tilskud', 'til|skud'],
    ['genoptræning', 'gen|optræning'],
    ['fællesskab', '-skab is a derivational ending'],
    ['hjemløse', '-løs is a derivational ending'],
    ['myndighed', '-hed is a derivational ending'],
    ['roskilde', 'a name (ros|kilde)'],
    ['sjælland', 'a name'],
    ['frederiksberg', 'a name'],
    ['medarbejder', 'med is no compound start'],
    ['råd', 'too short'],
    ['boerneattest-ved-kontakt', 'not a word of letters'],
  ])('%s (%s)', (word) => {
    expect(splitter.split(word)).toEqual([]);
  });
});

describe('the splitter', () => {
  it('is deterministic and caches each word once', () => {
    const lookups: string[] = [];
    const counting: Lexicon = {
      begin: (form) => (lookups.push(form), form === 'patient' ? 'patient' : undefined),
      isEnd: (form) => form === 'forening',
      isName: () => false,
    };
    const s = new CompoundSplitter(counting);
    expect(s.split('patientforening')).toEqual(['patient', 'forening']);
    const after = lookups.length;
    expect(s.split('patientforening')).toEqual(['patient', 'forening']);
    expect(lookups.length).toBe(after);
    expect(s.cached).toBe(1 + 1); // the word, and its first part looked at for parts of its own
  });

  it('prefers the split with the fewest parts, then the longer first part', () => {
    const words = new VocabularyLexicon(['civil', 'samfund', 'civilsamfund', 'koordinator']);
    // civilsamfund|s|koordinator (2 parts) wins over civil|samfund|s|koordinator (3); the first part is split too.
    expect(new CompoundSplitter(words).split('civilsamfundskoordinator')).toEqual(['civilsamfund', 'civil', 'samfund', 'koordinator']);
  });
});
