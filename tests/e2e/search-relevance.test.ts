import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { indexedTexts, openSearchPage, published, searchOnPage } from './support/search.ts';

/**
 * Relevance over the built site: names, realistic questions and synonyms, typed into the search
 * page as a reader would. One browser and one page for the whole file.
 */
const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await openSearchPage(site.browser, site.url);
});

const names = [...published('organisationer'), ...published('eksempler')];

describe('every organisation and example is found by its name', () => {
  it('has organisations and examples to search for', () => {
    expect(published('organisationer').length).toBeGreaterThan(0);
    expect(published('eksempler').length).toBeGreaterThan(0);
  });

  it.each(names.map((e) => [e.title, e.url]))('"%s" is among the first three', async (title, url) => {
    expect((await searchOnPage(page, title)).slice(0, 3)).toContain(url);
  });
});

/** Questions staff and organisations type, with the entry that answers them (from the real content). */
const QUESTIONS: [query: string, expected: string, within: 1 | 3][] = [
  ['frivillige tavshedspligt', '/rammer/frivilliges-tavshedspligt/', 3],
  ['må regionen give tilskud', '/rammer/ikke-oekonomisk-stoette-men-finansiering-af-samarbejder/', 1],
  ['hjerteforeningen', '/organisationer/hjerteforeningen/', 3],
  ['motionscafé psykiatri', '/eksempler/psykiatrisk-center-koebenhavn-haab-i-psykiatrien-motionscafeer/', 3],
  ['sociale henvisninger', '/vejledninger/sociale-henvisninger/', 3],
  ['hvem er min indgang til regionen', '/vejledninger/saadan-samarbejder-i-med-regionen/', 1],
  ['børneattest', '/rammer/boerneattest-ved-kontakt-med-boern/', 3],
  ['forsikring af frivillige', '/rammer/forsikring-af-frivillige/', 3],
  ['kræftrådgivning', '/tilbud/kraeftens-bekaempelse-kraeftraadgivning/', 1],
  ['omsorgscenter for hjemløse', '/eksempler/roede-kors-hovedstaden-omsorgscenter-for-hjemloese/', 3],
  ['sundhedsråd nordsjælland', '/sundhedsraad/sundhedsraad-nordsjaelland/', 1],
  ['arbejdsklausul', '/rammer/krav-til-partnere-arbejdsklausul/', 3],
  ['hospitalsklovne', '/organisationer/danske-hospitalsklovne/', 3],
  ['hepatitis', '/eksempler/brugernes-akademi-mobil-klinik-hepatitis-c-og-hiv/', 1],
  ['socialrådgiver fødested', '/eksempler/region-syddanmark-moedrehjaelpen-foedeafdelinger/', 1],
  ['varmestue', '/tilbud/kirkens-korshaer-varmestuer-og-herberger/', 1],
  ['kortlægning af lokale tilbud', '/vejledninger/kortlaegning-af-lokale-tilbud/', 1],
  ['hvordan starter jeg et samarbejde', '/vejledninger/saadan-starter-du-et-samarbejde/', 1],
  ['må personalet dele oplysninger med frivillige', '/rammer/patientoplysninger-deles-kun-med-samtykke/', 3],
  ['må frivillige erstatte personale', '/rammer/frivillige-supplerer-ikke-erstatter/', 3],
];

describe('realistic questions find the entry that answers them', () => {
  it.each(QUESTIONS)('"%s" → %s (top %i)', async (query, expected, within) => {
    expect((await searchOnPage(page, query)).slice(0, within)).toContain(expected);
  });
});

/**
 * The glossary's synonyms. For each pair, the glossary entry ranks high, and every entry page that
 * uses the term is found by the other word, also pages that never use that word (only the
 * synonym layer can find those).
 */
const SYNONYMS: [query: string, term: RegExp, queryWord: RegExp, glossary: string][] = [
  ['NGO', /civilsamfundsorganisation/, /\bngo/, '/ordliste/civilsamfundsorganisation/'],
  ['social prescribing', /sociale? henvisning/, /prescrib/, '/ordliste/sociale-henvisninger/'],
  ['patientorganisation', /patientforening/, /patientorganisation/, '/ordliste/patientforening/'],
  ['hjemløse', /hjemløshed/, /hjemløs(?!hed)/, '/ordliste/hjemloeshed/'],
];
const ENTRY_COLLECTIONS = ['eksempler', 'organisationer', 'tilbud', 'vejledninger', 'rammer', 'pejlemaerker', 'strategi', 'ordliste'] as const;

describe('synonyms from the glossary', () => {
  const foundOnlyBySynonym: string[] = [];
  let indexed: Promise<Record<string, string>> | undefined;

  it.each(SYNONYMS)('"%s" finds the glossary term and every entry about %s', async (query, term, queryWord, glossary) => {
    const texts = await (indexed ??= indexedTexts(page, ENTRY_COLLECTIONS.flatMap((c) => published(c)).map((e) => e.url)));
    const usingTerm = Object.keys(texts).filter((url) => term.test(texts[url] ?? ''));
    expect(usingTerm).toContain(glossary);
    const results = await searchOnPage(page, query, { all: true });
    expect(results.slice(0, 3)).toContain(glossary);
    expect(usingTerm.filter((url) => !results.includes(url))).toEqual([]);
    foundOnlyBySynonym.push(...usingTerm.filter((url) => !queryWord.test(texts[url] ?? '')));
  });

  it('found pages that never use the word searched for', () => {
    expect(foundOnlyBySynonym.length).toBeGreaterThan(0);
  });
});
