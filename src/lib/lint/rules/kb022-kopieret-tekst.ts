import { claims, withoutQuotes } from '../../citations.ts';
import { copiedRun, RUN_LENGTH } from '../../source-documents.ts';
import { lineOf } from '../mdx.ts';
import type { Finding, LintRule } from '../types.ts';
import { sourceOfDocument } from './kb021-citater.ts';

/**
 * KB022: 12 or more words in a row that stand in one of the five documents are copied text. Quotes
 * in „…" are left out, and so are blockquotes that cite a source (KB021 checks those).
 */
export const kopieretTekst: LintRule = {
  id: 'KB022',
  title: `Skriv med dine egne ord: ${RUN_LENGTH} ord i træk fra et af de fem kildedokumenter er kopieret tekst.`,
  severity: 'fejl',
  checkTree(tree, ctx) {
    const documents = ctx.documents;
    if (!documents) return [];
    const findings: Finding[] = [];
    for (const claim of claims(tree)) {
      if (claim.quoted && claim.footnotes.length > 0) continue;
      const run = copiedRun(documents, withoutQuotes(claim.text));
      if (!run) continue;
      const source = sourceOfDocument(ctx.sources, run.file);
      const shown = run.words.length > 20 ? `${run.words.slice(0, 20).join(' ')} …` : run.words.join(' ');
      findings.push({
        line: lineOf(claim.node),
        message: `${run.words.length} ord i træk er skrevet af efter ${source}: "${shown}". Skriv det med dine egne ord, eller gør et kort stykke til et citat i „…" med en fodnote til kilden.`,
      });
    }
    return findings;
  },
};

