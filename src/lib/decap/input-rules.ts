import { findCprNumbers } from '../lint/rules/kb011-cpr.ts';
import { urlProblem } from '../lint/url-problem.ts';

/**
 * What the web editor refuses in a field before anything is saved. The same rules hold in
 * `npm run tjek` (KB004–KB008, KB011); here they give the editor a Danish message at the field.
 * Pure functions: the editor's browser bundle and the unit tests import them.
 */

/** The one component an entry body may use, with its allowed `type` values. */
const CALLOUT_OPEN = /^<Bemaerk(?:\s+type="(?:info|advarsel|fejl|succes)")?\s*>$/;
const CALLOUT_CLOSE = /^<\/Bemaerk\s*>$/;
const TAG = /<\/?[A-Za-z!][^>\n]*>?/g;
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** A CPR-like number anywhere in a text, as a Danish message, or undefined. */
export function cprProblem(text: string): string | undefined {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => findCprNumbers(l).length > 0);
  if (line < 0) return undefined;
  const where = lines.length > 1 ? ` (linje ${line + 1})` : '';
  return `Her står noget, der ligner et CPR-nummer${where}. CPR-numre må aldrig offentliggøres: slet det.`;
}

/** The first problem in an entry body (Markdown with the <Bemaerk> callout), or undefined. */
export function bodyProblem(body: string): string | undefined {
  const importLine = /^[ \t]*(?:import|export)\b/m.exec(body);
  if (importLine) {
    return `Linje ${lineOf(body, importLine.index)} begynder med "import" eller "export", som er kode. Slet linjen, eller omformulér, så linjen ikke begynder med det ord.`;
  }
  const brace = /[{}]/.exec(body);
  if (brace) {
    return `Linje ${lineOf(body, brace.index)} har en krøllet parentes { eller }, som er kode i MDX. Slet den, eller skriv en almindelig parentes ( ) i stedet.`;
  }
  for (const match of body.matchAll(TAG)) {
    if (CALLOUT_OPEN.test(match[0]) || CALLOUT_CLOSE.test(match[0])) continue;
    return `Linje ${lineOf(body, match.index)} har HTML eller en komponent (${match[0].slice(0, 40)}), som ikke er tilladt. Skriv almindelig Markdown; den eneste tilladte komponent er <Bemaerk type="info">…</Bemaerk> (type: info, advarsel, fejl eller succes).`;
  }
  for (const link of body.matchAll(LINK_TARGET)) {
    const problem = urlProblem(link[1] ?? '');
    if (problem) return `Linje ${lineOf(body, link.index)}: ${problem}`;
  }
  return cprProblem(body);
}
