import { describe, expect, it } from 'vitest';
import { kopieretTekst } from '../../../src/lib/lint/rules/kb022-kopieret-tekst.ts';
import { documentsDir, loadSourceDocuments } from '../../../src/lib/source-documents.ts';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, check, contentDir, lintDir, mdx, REPO, SOURCES } from './support.ts';

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

  it('flags a near copy: one word changed, added or left out, read through the document\'s OCR damage and line breaks', () => {
    // 002 reads "… civilsamfundet, herunder seerligt" / "indenfor frivilligomradet med eksempelvis Dansk Rade Kors"
    // across a line break; the entry says "samarbejde" for "arbejde" and keeps the other eleven words.
    const near = 'Region Midtjylland har en lang tradition for at samarbejde sammen med civilsamfundet, især med Dansk Røde Kors.';
    const [finding] = check(kopieretTekst, near, ctx);
    expect(finding?.message).toBe(
      '12 ord i træk er skrevet af efter sammen-om-fremtidens-sundhed-region-midtjylland-2025: "Region Midtjylland har en lang tradition for at samarbejde sammen med civilsamfundet". Skriv det med dine egne ord, eller gør et kort stykke til et citat i „…" med en fodnote til kilden.',
    );
    // One word added in the middle of a copied run is still a copy.
    expect(check(kopieretTekst, 'Med denne strategi ønsker vi nu i Region Hovedstaden at opstille en vision for de kommende år.', ctx)).toHaveLength(1);
    // Two changes are rewriting, not copying; nor are eleven words with a different word after them.
    expect(check(kopieretTekst, 'Region Midtjylland har en gammel tradition for at samarbejde sammen med civilsamfundet.', ctx)).toEqual([]);
    expect(check(kopieretTekst, 'At regionen har en lang tradition for at arbejde sammen med civilsamfundet, er kendt.', ctx)).toEqual([]);
  });

  it('reads every frontmatter field a reader sees, but not titles or the editors\' notes', () => {
    const copied = 'Region Midtjylland har en lang tradition for at arbejde sammen med civilsamfundet på frivilligområdet.';
    const data = { ...VALID.organisationer, navn: copied, resume: copied, forbehold: ['Intet at bemærke.', copied], redaktionsnoter: [copied] };
    const problems = lintDir(contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(data) })).filter((p) => p.rule === 'KB022');
    expect(problems.map((p) => p.field)).toEqual(['resume', 'forbehold.1']);
    expect(problems[0]?.message).toContain('12 ord i træk er skrevet af efter');
  });
});
