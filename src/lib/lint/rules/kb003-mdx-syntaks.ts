import type { ParseFailure } from '../mdx.ts';
import type { Finding, LintRule } from '../types.ts';

/** A Danish explanation of why MDX could not read the body, with what to write instead. */
export function explainParseFailure(failure: ParseFailure): Finding {
  const { reason, line, column } = failure;
  let advice = 'Tegnene {, }, < og > har særlig betydning i MDX. Skriv \\{, \\}, \\< eller \\>, hvis du mener selve tegnet, eller omformulér.';
  if (/`!`/.test(reason)) advice = 'HTML-kommentarer (<!-- … -->) virker ikke i MDX. Slet kommentaren.';
  else if (/expression|acorn/i.test(reason)) advice = 'En krøllet parentes { starter kode i MDX. Skriv \\{ og \\}, hvis du mener selve tegnene.';
  else if (/closing tag|end tag/i.test(reason)) advice = 'Et element i <…> er ikke lukket rigtigt. Skriv teksten som Markdown i stedet.';
  return { line, message: `Brødteksten kan ikke læses (kolonne ${column}). ${advice} (MDX: ${reason})` };
}

/** KB003: the body must parse as MDX; the lint reports where it stopped. */
export const mdxSyntaks: LintRule = {
  id: 'KB003',
  title: 'Brødteksten skal kunne læses som MDX: { } < > skal skrives som \\{ \\} \\< \\>, og HTML-kommentarer virker ikke.',
  severity: 'fejl',
};
