import { claims, withoutQuotes } from '../../citations.ts';
import { copiedRun, RUN_LENGTH } from '../../source-documents.ts';
import { findingsAt } from '../findings.ts';
import type { LintRule } from '../types.ts';
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
    return findingsAt(
      claims(tree),
      (claim) => {
        if (claim.quoted && claim.footnotes.length > 0) return undefined;
        const run = copiedRun(documents, withoutQuotes(claim.text));
        if (!run) return undefined;
        const source = sourceOfDocument(ctx.sources, run.file);
        const shown = run.words.length > 20 ? `${run.words.slice(0, 20).join(' ')} …` : run.words.join(' ');
        return `${run.words.length} ord i træk er skrevet af efter ${source}: "${shown}". Skriv det med dine egne ord, eller gør et kort stykke til et citat i „…" med en fodnote til kilden.`;
      },
      (claim) => claim.node,
    );
  },
};

