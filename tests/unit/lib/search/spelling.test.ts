import { describe, expect, it } from 'vitest';
import { bare, chunkOf, danishLetters, editDistance, fold, Speller, siteSpelling, suggestions, unknownWords, fragmentWords } from '../../../../src/lib/search/spelling.ts';
import { withHighlight } from '../../../../src/lib/search/highlight-link.ts';
import { HIGHLIGHT_PARAM, isReaderPage } from '../../../../src/lib/search/readers.ts';

const site = new Speller(['hjerteforeningen', 'børneattest', 'kræftens', 'bekæmpelse', 'aalborg', 'kofoeds', 'skole', 'sundhedsråd', 'gødstrup', 'gedser', 'frivillige', 'hjerteforeningens']);
const spellerFor = () => site;

describe('Danish letters typed as ae, oe, aa', () => {
  it('writes the æ/ø/å form of a query, or null when there is none', () => {
    expect(danishLetters('Kraeftens Bekaempelse')).toBe('kræftens bekæmpelse');
    expect(danishLetters('boerneattest')).toBe('børneattest');
    expect(danishLetters('sundhedsraad')).toBe('sundhedsråd');
    expect(danishLetters('frivillige')).toBeNull();
  });

  it('folds and bares words for comparison', () => {
    expect(fold('Børneattest')).toBe('boerneattest');
    expect(fold('café')).toBe('cafe');
    expect(bare('børneattest')).toBe(bare('borneattest'));
    expect(bare('gødstrup')).toBe('godstrup');
    expect(chunkOf('Østdanmark')).toBe('o');
    expect(chunkOf('ålborg')).toBe(chunkOf('aalborg'));
  });

  it('respells only words the site lacks, and only when the site has exactly one', () => {
    expect(siteSpelling('boerneattest', spellerFor)).toBe('børneattest');
    expect(siteSpelling('borneattest', spellerFor)).toBe('børneattest');
    expect(siteSpelling('Kraeftens bekaempelse', spellerFor)).toBe('kræftens bekæmpelse');
    expect(siteSpelling('Godstrup', spellerFor)).toBe('gødstrup');
    // Spelled so on the site: Aalborg, Kofoeds.
    expect(siteSpelling('Aalborg', spellerFor)).toBe('aalborg');
    expect(siteSpelling('kofoeds skole', spellerFor)).toBe('kofoeds skole');
  });
});

describe('typos', () => {
  it('measures edit distance with swaps and stops early', () => {
    expect(editDistance('hjerteforningen', 'hjerteforeningen', 2)).toBe(1);
    expect(editDistance('fisk', 'fiks', 2)).toBe(1);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('suggests the closest site words, most used first among equals', () => {
    expect(suggestions('hjerteforningen', spellerFor)).toEqual(['hjerteforeningen', 'hjerteforeningens']);
    expect(suggestions('børneatest', spellerFor)).toEqual(['børneattest']);
    expect(suggestions('kræftens bekempelse', spellerFor)).toEqual(['kræftens bekæmpelse']);
  });

  it('knows words and their beginnings, and suggests nothing for them', () => {
    expect(site.knows('frivillig')).toBe(true);
    expect(unknownWords('frivillig hjerteforeningen', spellerFor)).toEqual([]);
    expect(suggestions('frivillig', spellerFor)).toEqual([]);
    expect(suggestions('qqqqqqq', spellerFor)).toEqual([]);
  });

  it('suggests near words for each unknown word of a sentence', () => {
    expect(suggestions('hjerteforningen skle', spellerFor)).toEqual(['hjerteforeningen skole', 'hjerteforeningens skole']);
    expect(suggestions('frivillige hjerteforningen', spellerFor)[0]).toBe('frivillige hjerteforeningen');
  });

  it('finds the words Pagefind would only match by a fragment, not prefixes, typos or endings', () => {
    const words = new Speller(['frivillige', 'roller', 'bolig', 'mødrehjælpen', 'kerneopgaver', 'lokale', 'hjerteforeningen']);
    const of = () => words;
    expect(fragmentWords('roskilde lolland bornholm', of)).toEqual(['roskilde', 'lolland', 'bornholm']);
    expect(fragmentWords('frivil', of)).toEqual([]);
    expect(fragmentWords('mødrehjælpn kerneopgaverne frivillige hjerteforningen', of)).toEqual([]);
    expect(fragmentWords('lokal 18 b', of)).toEqual([]);
    expect(fragmentWords('rolle', of)).toEqual([]);
    expect(fragmentWords('rolig', of)).toEqual(['rolig']);
  });
});

describe('readers’ pages and highlights', () => {
  it('keeps editors’ pages out of the readers’ search', () => {
    for (const path of ['/bidrag/', '/bidrag/felter/rammer/', '/redaktion/', '/admin/']) expect(isReaderPage(path), path).toBe(false);
    for (const path of ['/', '/rammer/boerneattest-ved-kontakt-med-boern/', '/soeg/', '/data/']) expect(isReaderPage(path), path).toBe(true);
  });

  it('puts the search words before a section anchor', () => {
    expect(withHighlight('/vejledninger/x/#forsikring', ['forsikring', 'frivillige'])).toBe(`/vejledninger/x/?${HIGHLIGHT_PARAM}=forsikring&${HIGHLIGHT_PARAM}=frivillige#forsikring`);
    expect(withHighlight('/a/', [])).toBe('/a/');
    expect(withHighlight('/a/', ['kræft'])).toBe(`/a/?${HIGHLIGHT_PARAM}=kr%C3%A6ft`);
  });
});
