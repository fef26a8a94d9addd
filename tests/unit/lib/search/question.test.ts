import { describe, expect, it } from 'vitest';
import { isQuoted, question, STOP_WORDS, wholeSentence } from '../../../../src/lib/search/question.ts';

describe('questions typed as queries', () => {
  it('drops the stop words and question words, in the order typed', () => {
    expect(question('Hvem betaler, hvis en frivillig kommer til skade?')).toEqual({ kept: 'betaler frivillig skade', dropped: ['hvem', 'hvis', 'en', 'kommer', 'til'] });
    expect(question('hvilke regler gælder for mit samarbejde')).toEqual({ kept: 'regler gælder samarbejde', dropped: ['hvilke', 'for', 'mit'] });
    expect(question('skal frivillige have børneattest')?.kept).toBe('frivillige børneattest');
  });

  it('leaves a query alone when nothing is dropped, everything would be, or it is quoted', () => {
    expect(question('frivillige tavshedspligt')).toBeNull();
    expect(question('hvem er vi')).toBeNull();
    expect(question('"hvem må vide noget"')).toBeNull();
    expect(question('„hvad må regionen“')).toBeNull();
    expect(isQuoted('"a b"')).toBe(true);
    expect(isQuoted('a b')).toBe(false);
  });

  it('uses the Danish list of the stopword package and the question words', () => {
    for (const w of ['og', 'i', 'at', 'hvem', 'hvordan', 'hvornår', 'hvilke', 'mit', 'som', 'vi', 'må', 'kan']) expect(STOP_WORDS.has(w), w).toBe(true);
    for (const w of ['frivillig', 'patient', 'region', 'samtykke', 'forsikring']) expect(STOP_WORDS.has(w), w).toBe(false);
  });

  it('quotes the whole sentence, for searching it as typed', () => {
    expect(wholeSentence('Hvem betaler, hvis en frivillig kommer til skade?')).toBe('"hvem betaler hvis en frivillig kommer til skade"');
  });
});
