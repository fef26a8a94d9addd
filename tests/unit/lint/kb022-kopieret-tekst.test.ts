import { describe, expect, it } from 'vitest';
import { kopieretTekst } from '../../../src/lib/lint/rules/kb022-kopieret-tekst.ts';
import { documentsDir, loadSourceDocuments } from '../../../src/lib/source-documents.ts';
import { check, REPO, SOURCES } from './support.ts';

// The real documents, read where they belong. A missing folder fails these tests, on purpose.
const ctx = { sources: SOURCES, documents: loadSourceDocuments(documentsDir(REPO)) };
// Twelve words of the vision paper, in correct Danish (the document reads "ansker", "ar", "omradet").
const COPIED = 'Med denne strategi ønsker vi i Region Hovedstaden at opstille en vision for de kommende års arbejde';

describe('KB022 kopieret-tekst', () => {
  it('flags an unquoted run of 12 or more words from a document, with the source and the words', () => {
    const findings = check(kopieretTekst, `Indledning.\n\n${COPIED} med civilsamfundet.`, ctx);
    expect(findings).toEqual([{
      line: 3,
      message: `18 ord i træk er skrevet af efter visionspapir-region-hovedstaden-2025: "Med denne strategi ønsker vi i Region Hovedstaden at opstille en vision for de kommende års arbejde med". Skriv det med dine egne ord, eller gør et kort stykke til et citat i „…" med en fodnote til kilden.`,
    }]);
  });

  it('passes the same words as a quote, in a cited blockquote, or in fewer than 12 words', () => {
    const note = '[^1]: visionspapir-region-hovedstaden-2025, afsnit "Baggrund"';
    expect(check(kopieretTekst, `Visionen siger: „${COPIED}".[^1]\n\n${note}`, ctx)).toEqual([]);
    expect(check(kopieretTekst, `> ${COPIED}[^1]\n\n${note}`, ctx)).toEqual([]);
    expect(check(kopieretTekst, 'Med strategien ønsker vi i Region Hovedstaden at opstille en vision.', ctx)).toEqual([]);
  });

  it('does not count words that merely share a subject with the document', () => {
    const own = 'Region Hovedstaden vil med strategien beskrive, hvordan hospitalerne kan arbejde sammen med foreninger i de kommende år.';
    expect(check(kopieretTekst, own, ctx)).toEqual([]);
  });
});
