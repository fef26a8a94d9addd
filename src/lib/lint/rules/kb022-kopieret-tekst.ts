import { claims, withoutQuotes } from '../../citations.ts';
import { copiedRun, RUN_LENGTH } from '../../source-documents.ts';
import { findingsAt } from '../findings.ts';
import { readerStrings } from '../reader-fields.ts';
import type { Finding, LintRule } from '../types.ts';
import { sourceOfDocument } from './kb021-citater.ts';
import { sourceMeta, type SourceMeta } from '../../source-register.ts';
import type { SourceDocuments } from '../../source-documents.ts';

/** Fields that name an entry: a bearing's or a document's own title may stand as the document has it. */
const TITLE_FIELDS = new Set(['titel', 'navn', 'term']);

/** What to say about a copied run in `text`, if there is one. */
function copiedMessage(text: string, documents: SourceDocuments, sources: ReadonlyMap<string, SourceMeta> | undefined): string | undefined {
  const run = copiedRun(documents, withoutQuotes(text));
  if (!run) return undefined;
  const source = sourceOfDocument(sources, run.file);
  const shown = run.words.length > 20 ? `${run.words.slice(0, 20).join(' ')} …` : run.words.join(' ');
  return `${run.words.length} ord i træk er skrevet af efter ${source}: "${shown}". Skriv det med dine egne ord, eller gør et kort stykke til et citat i „…" med en fodnote til kilden.`;
}

/**
 * KB022: 12 or more words in a row that stand in one of the five documents – word for word, or with
 * one word changed, added or left out – are copied text, in the body and in every frontmatter field
 * a reader sees. Both sides are compared as word skeletons, so the documents' OCR damage and line
 * breaks do not hide a copy. Quotes in „…" are left out, and so are blockquotes that cite a source
 * (KB021 checks those), titles (titel, navn, term) and the editors' notes.
 */
export const kopieretTekst: LintRule = {
  id: 'KB022',
  title: `Skriv med dine egne ord: ${RUN_LENGTH} ord i træk fra et af de fem kildedokumenter er kopieret tekst.`,
  severity: 'fejl',
  checkTree(tree, ctx) {
    const documents = ctx.documents;
    if (!documents) return [];
    return findingsAt(
      claims(tree),
      (claim) => (claim.quoted && claim.footnotes.length > 0 ? undefined : copiedMessage(claim.text, documents, ctx.sources)),
      (claim) => claim.node,
    );
  },
  checkFile(file, ctx) {
    const documents = ctx.documents;
    if (!documents) return [];
    const sources = new Map(ctx.entries.filter((e) => e.collection === 'kilder').map((e) => [e.id, sourceMeta(e.data)]));
    const findings: Finding[] = [];
    for (const { text, path } of readerStrings(file.data)) {
      if (path.length === 1 && TITLE_FIELDS.has(String(path[0]))) continue;
      const message = copiedMessage(text, documents, sources);
      if (message) findings.push({ line: file.lineOf(path), field: path.join('.'), message });
    }
    return findings;
  },
};

