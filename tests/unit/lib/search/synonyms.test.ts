import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../../../src/lib/content-files.ts';
import { SynonymMatcher, synonymGroups, words, type GlossaryTerm } from '../../../../src/lib/search/synonyms.ts';

const terms: GlossaryTerm[] = [
  { term: 'Sociale henvisninger', synonymer: ['social prescribing', 'social henvisning'], engelsk: 'social prescribing' },
  { term: 'Patientforening', synonymer: ['patientorganisation'] },
  { term: 'IT', synonymer: [] },
];
const matcher = new SynonymMatcher(synonymGroups(terms));

describe('synonym groups', () => {
  it('keeps the term first and drops duplicate forms (case-insensitive)', () => {
    expect(synonymGroups(terms)[0]?.forms).toEqual(['Sociale henvisninger', 'social prescribing', 'social henvisning']);
  });

  it('splits Danish words, keeping æ/ø/å, hyphens and apostrophes', () => {
    expect(words("NGO'er og Røde Kors-frivillige, 2027.")).toEqual(["ngo'er", 'og', 'røde', 'kors-frivillige', '2027']);
  });
});

describe('finding glossary terms in a page', () => {
  it('finds a term by a synonym, with Danish inflection endings', () => {
    expect(matcher.groupsIn('Vi samarbejder med patientorganisationerne.').map((g) => g.term)).toEqual(['Patientforening']);
    expect(matcher.groupsIn('Region Midt bruger social prescribing.').map((g) => g.term)).toEqual(['Sociale henvisninger']);
  });

  it('needs the words of a phrase in order and not far longer words', () => {
    expect(matcher.groupsIn('prescribing social')).toEqual([]);
    expect(matcher.groupsIn('patientforeningsbevægelsen')).toEqual([]);
  });

  it('ignores forms shorter than three letters', () => {
    expect(matcher.groupsIn('IT-afdelingen og it')).toEqual([]);
  });

  it('gives a page every word for the terms it uses, and nothing otherwise', () => {
    expect(matcher.searchWords('Om sociale henvisninger')).toBe('Sociale henvisninger, social prescribing, social henvisning');
    expect(matcher.searchWords('Om noget helt andet')).toBe('');
  });
});

describe('the real glossary', () => {
  const glossary = readAllContent(resolve(import.meta.dirname, '../../../../content'))
    .filter((f) => f.collection === 'ordliste')
    .map((f) => f.data as GlossaryTerm);
  const real = new SynonymMatcher(synonymGroups(glossary));
  const wordsFor = (text: string) => real.searchWords(text).toLocaleLowerCase('da').split(', ');

  it.each([
    ['civilsamfundsorganisationer', 'ngo'],
    ['sociale henvisninger', 'social prescribing'],
    ['patientforeninger', 'patientorganisation'],
    ['hjemløshed', 'hjemløse'],
  ])('a page about "%s" can be found by "%s"', (text, query) => {
    expect(wordsFor(`En side om ${text}.`)).toContain(query);
  });
});
