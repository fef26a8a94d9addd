import type { FootnoteDefinition } from 'mdast';
import { claims, footnoteDefinitions, parseCitation, plainText, quotesIn } from '../../citations.ts';
import { isEntryOf } from '../../model.ts';
import { quoteFound } from '../../source-documents.ts';
import type { Problem } from '../../validate.ts';
import { lineOf } from '../mdx.ts';
import type { CorpusContext, Finding, LintRule, TreeContext } from '../types.ts';

/**
 * The sources a claim's footnotes name that are one of the five documents: id → document file.
 * `definitions` is the body's footnoteDefinitions(), read once per body rather than once per claim
 * (a guide has dozens of claims; walking the whole tree for each one made this rule quadratic).
 */
export function citedDocuments(definitions: ReadonlyMap<string, FootnoteDefinition>, footnotes: readonly string[], ctx: TreeContext): Map<string, string> {
  const cited = new Map<string, string>();
  for (const identifier of footnotes) {
    const definition = definitions.get(identifier);
    const citation = definition ? parseCitation(plainText(definition)) : undefined;
    const file = citation && 'id' in citation ? ctx.sources?.get(citation.id)?.dokument : undefined;
    if (citation && 'id' in citation && file) cited.set(citation.id, file);
  }
  return cited;
}

/** The id of the source whose text is `file`, for messages (the file name if no source names it). */
export function sourceOfDocument(sources: TreeContext['sources'], file: string): string {
  for (const [id, meta] of sources ?? []) if (meta.dokument === file) return id;
  return file;
}

/** Shortens a long quote for a message. */
const excerpt = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 77)}…` : quote);

/**
 * KB021: a quote in „…" (or a blockquote) whose paragraph cites one of the five documents must
 * stand in that document word for word. Line breaks, hyphenation at line ends, whitespace, page
 * furniture and the documents' misread æ, ø and å are ignored (src/lib/source-documents.ts).
 */
export const citater: LintRule = {
  id: 'KB021',
  title: 'Et citat fra et af de fem kildedokumenter skal stå ord for ord i dokumentet.',
  severity: 'fejl',
  checkTree(tree, ctx) {
    const documents = ctx.documents;
    if (!documents) return [];
    const findings: Finding[] = [];
    const definitions = footnoteDefinitions(tree);
    for (const claim of claims(tree)) {
      const cited = citedDocuments(definitions, claim.footnotes, ctx);
      if (cited.size === 0) continue;
      const quotes = quotesIn(claim.text);
      // A blockquote without quotation marks is one quote as a whole.
      if (claim.quoted && quotes.length === 0) quotes.push(claim.text);
      for (const quote of quotes) {
        const found = [...cited.values()].some((file) => {
          const document = documents.byFile.get(file);
          return document !== undefined && quoteFound(document, quote);
        });
        if (found) continue;
        findings.push({
          line: lineOf(claim.node),
          message: `Citatet „${excerpt(quote)}" står ikke ord for ord i ${[...cited.keys()].join(' eller ')}. Skriv citatet præcis som i dokumentet (kun æ, ø, å og linjeskift må afvige), eller skriv det med dine egne ord uden anførselstegn.`,
        });
      }
    }
    return findings;
  },
  checkCorpus(ctx: CorpusContext): Problem[] {
    if (!ctx.documents) {
      return [{
        rule: 'KB021',
        severity: 'fejl',
        file: ctx.documentsDir,
        message: `Mappen med de fem kildedokumenter mangler, så citater og kopieret tekst kan ikke tjekkes (KB021 og KB022). Den hører til i repositoryet: hent den igen fra main (${ctx.documentsDir}/).`,
      }];
    }
    const problems: Problem[] = [];
    for (const entry of ctx.entries.filter(isEntryOf('kilder'))) {
      const file = entry.data.dokument;
      if (file === undefined || ctx.documents.byFile.has(file)) continue;
      problems.push({
        rule: 'KB021',
        severity: 'fejl',
        file: entry.file.path,
        message: `"dokument": ${file} findes ikke i repositoryet. Skriv stien til en af filerne i ${ctx.documentsDir}/: ${[...ctx.documents.byFile.keys()].join(', ')}.`,
      });
    }
    return problems;
  },
};
