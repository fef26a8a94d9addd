import { describe, expect, it } from 'vitest';
import { citater } from '../../../src/lib/lint/rules/kb021-citater.ts';
import { documentsDir, loadSourceDocuments, quoteFound, runningText } from '../../../src/lib/source-documents.ts';
import { stringify } from 'yaml';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, check, contentDir, lintDir, REPO, SOURCES } from './support.ts';
import { lintContent } from '../../../src/lib/lint.ts';
import { readAllContent } from '../../../src/lib/content-files.ts';

// The real documents, read where they belong. A missing folder fails these tests, on purpose.
const DOCUMENTS = loadSourceDocuments(documentsDir(REPO));
const vision = DOCUMENTS.byFile.get('data/kildedokumenter/000_a04ca0f5bb030a56.txt')!;
const midt = DOCUMENTS.byFile.get('data/kildedokumenter/002_d8150fcbc2344925.txt')!;
const ctx = { sources: SOURCES, documents: DOCUMENTS };
const NOTE = '[^1]: visionspapir-region-hovedstaden-2025, afsnit "Baggrund"';

describe('KB021 citater', () => {
  it('reads all five documents', () => {
    expect([...DOCUMENTS.byFile.keys()]).toHaveLength(5);
  });

  it('finds quotes across line breaks and the misread æ, ø and å ("seerlige", "@ge", "ar")', () => {
    expect(quoteFound(vision, 'De særlige egenskaber ved civilsamfundet giver muligheder, som vi ikke har i det offentlige')).toBe(true);
    expect(quoteFound(vision, 'øge kendskabet til hinanden')).toBe(true);
    expect(quoteFound(vision, 'Det er derfor oplagt, at der i de kommende år skal findes en strategisk retning')).toBe(true);
  });

  it('reads the "l" of "lø" misread as I ("Ignnet") and the word "I" misread as "|"', () => {
    expect(quoteFound(vision, 'gratis arbejdskraft, der kan erstatte lønnet regionalt personale')).toBe(true);
    expect(quoteFound(vision, 'I Region Hovedstadens budgetaftale for 2025')).toBe(true);
    expect(quoteFound(vision, 'gratis arbejdskraft, der kan erstatte lønnede regionalt personale')).toBe(false);
  });

  it('joins words hyphenated at a line end ("fo-" / "kus")', () => {
    expect(quoteFound(midt, 'har udvalget også haft fokus på den viden og de kompetencer, der findes i civilsamfundet')).toBe(true);
  });

  it('accepts left-out words marked with an ellipsis, in order', () => {
    expect(quoteFound(vision, 'De særlige egenskaber … giver muligheder')).toBe(true);
    expect(quoteFound(vision, 'giver muligheder … De særlige egenskaber')).toBe(false);
  });

  it('drops page furniture between lines: photo credits, page numbers and running headers', () => {
    const raw = 'Vi vil styrke\nFoto: En fotograf.\n12\nsamarbejdet med\nPejlemaerker\ncivilsamfundet.\nPejlemaerker\n';
    expect(runningText(raw)).toBe('vi vil styrke samarbejdet med civilsamfundet.');
  });

  it('passes a cited quote that stands in the document', () => {
    const body = `Visionen siger, at civilsamfundet kan „øge kendskabet til hinanden".[^1]\n\n${NOTE}`;
    expect(check(citater, body, ctx)).toEqual([]);
    expect(check(citater, `> „De særlige egenskaber ved civilsamfundet giver muligheder"[^1]\n\n${NOTE}`, ctx)).toEqual([]);
  });

  it('fails a quote with one changed word, with the line and what to do', () => {
    const body = `Visionen vil „øge kendskabet til hinanden" og „De store egenskaber ved civilsamfundet giver muligheder".[^1]\n\n${NOTE}`;
    const findings = check(citater, body, ctx);
    expect(findings).toEqual([{
      line: 1,
      message: 'Citatet „De store egenskaber ved civilsamfundet giver muligheder" står ikke ord for ord i visionspapir-region-hovedstaden-2025. Skriv citatet præcis som i dokumentet (kun æ, ø, å og linjeskift må afvige), eller skriv det med dine egne ord uden anførselstegn.',
    }]);
  });

  it('tolerates only the measured misreadings: a wrong letter elsewhere is a difference', () => {
    expect(quoteFound(vision, 'øge kendskabet til hinandan')).toBe(false);
    expect(quoteFound(vision, 'øge kendskabet, til hinanden')).toBe(false);
  });

  it('leaves quotes from other sources alone', () => {
    const body = 'Foreningen kalder det „en helt anden verden".[^1]\n\n[^1]: hjerteforeningen-patientstoetter, overskriften "Patientstøtter"';
    expect(check(citater, body, ctx)).toEqual([]);
  });

  it('finds the documents inside the repository: every source entry\'s "dokument" names a file there', () => {
    expect(lintDir(contentDir({ ...BASE, 'kilder/visionspapir-region-hovedstaden-2025.yaml': stringify({ ...VALID.kilder, dokument: 'data/kildedokumenter/000_a04ca0f5bb030a56.txt' }) })).filter((p) => p.rule === 'KB021')).toEqual([]);
  });

  it('refuses a "dokument" that is not one of the files, naming the entry and the files there are', () => {
    const dir = contentDir({ ...BASE, 'kilder/visionspapir-region-hovedstaden-2025.yaml': stringify({ ...VALID.kilder, dokument: 'data/kildedokumenter/009_0000000000000000.txt' }) });
    const problems = lintDir(dir).filter((p) => p.rule === 'KB021');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'fejl', file: expect.stringContaining('kilder/visionspapir-region-hovedstaden-2025.yaml') });
    expect(problems[0]!.message).toContain('"dokument": data/kildedokumenter/009_0000000000000000.txt findes ikke i repositoryet');
    expect(problems[0]!.message).toContain('data/kildedokumenter/000_a04ca0f5bb030a56.txt');
  });

  it('is an error, not a warning, when the documents folder is missing', () => {
    const dir = contentDir(BASE);
    const problems = lintContent(readAllContent(dir, dir), { repoRoot: REPO, contentRoot: dir, spelling: false, documentsDir: `${dir}/findes-ikke` }).filter((p) => p.rule === 'KB021');
    expect(problems).toEqual([expect.objectContaining({ severity: 'fejl', message: expect.stringContaining('Mappen med de fem kildedokumenter mangler') })]);
  });
});
