import type { FootnoteDefinition, Text } from 'mdast';
import { footnoteDefinitions, parseCitation, plainText } from '../../citations.ts';
import type { SourceMeta } from '../../source-register.ts';
import { allNodes, findingsAt } from '../findings.ts';
import { lineOf } from '../mdx.ts';
import type { Finding, LintRule } from '../types.ts';

const EXAMPLE = 'visionspapir-region-hovedstaden-2025, afsnit "Baggrund"';

/** Edit distance, to suggest the source id an editor probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function closest(id: string, sources: ReadonlyMap<string, SourceMeta>): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const known of sources.keys()) {
    const d = distance(id, known);
    if (!best || d < best.d) best = { id: known, d };
  }
  return best && best.d <= Math.max(3, Math.floor(id.length / 5)) ? best.id : undefined;
}

/** A footnote definition read against the sources: the source and locator, or what is wrong. */
export type ResolvedCitation = { ok: true; id: string; locator: string; source: SourceMeta | undefined } | { ok: false; finding: Finding };

/**
 * Reads one footnote definition: empty, an unknown source id (when the sources are known) and a
 * missing locator are findings. Shared with the build's citation plugin, so both say the same.
 */
export function resolveCitation(definition: FootnoteDefinition, sources: ReadonlyMap<string, SourceMeta> | undefined): ResolvedCitation {
  const citation = parseCitation(plainText(definition));
  const label = definition.label ?? definition.identifier;
  const line = lineOf(definition);
  if ('error' in citation) {
    return { ok: false, finding: { line, message: `Fodnoten [^${label}] er tom. Skriv kildens id og hvor i kilden påstanden står, fx [^${label}]: ${EXAMPLE}.` } };
  }
  const source = sources?.get(citation.id);
  if (sources && !source) {
    const guess = closest(citation.id, sources);
    return {
      ok: false,
      finding: {
        line,
        message: `Fodnoten [^${label}] nævner kilden "${citation.id}", som ikke findes i content/kilder/. ${guess ? `Mente du "${guess}"? ` : ''}Skriv id'et på en kilde (filnavnet uden .yaml) før kommaet, fx [^${label}]: ${EXAMPLE}, eller opret kilden i content/kilder/.`,
      },
    };
  }
  if (citation.locator === undefined) {
    return {
      ok: false,
      finding: {
        line,
        message: `Fodnoten [^${label}] siger ikke, hvor i kilden påstanden står. Skriv et komma og en lokator efter kildens id, fx [^${label}]: ${citation.id}, afsnit "…" (eller s. 4, punkt 3, overskriften "…").`,
      },
    };
  }
  return { ok: true, id: citation.id, locator: citation.locator, source };
}

/** `[^x]` left as text: a reference to a footnote that is not defined (remark only parses defined ones). */
const UNDEFINED_REFERENCE = /\[\^([^\]\s]+)\]/g;

/** What KB018 says about one text node: each `[^x]` left as text is a reference to no note. */
export function undefinedReferences(text: Text): string[] {
  return [...text.value.matchAll(UNDEFINED_REFERENCE)].map(
    (match) => `Henvisningen [^${match[1]}] har ingen fodnote. Skriv nederst i teksten en linje som [^${match[1]}]: ${EXAMPLE}.`,
  );
}

/**
 * KB018's findings for one footnote definition: what is wrong with its citation, and whether the
 * text uses it. Shared with the build's citation plugin (src/plugins/citations.ts).
 */
export function definitionFindings(definition: FootnoteDefinition, resolved: ResolvedCitation, referenced: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = resolved.ok ? [] : [resolved.finding];
  if (!referenced.has(definition.identifier)) {
    const label = definition.label ?? definition.identifier;
    findings.push({
      line: lineOf(definition),
      message: `Fodnoten [^${label}] bruges ikke i teksten. Sæt [^${label}] lige efter den påstand, kilden dokumenterer, eller slet fodnoten.`,
    });
  }
  return findings;
}

/** KB018: every footnote names a known source and a locator, and references and definitions match. */
export const kildehenvisninger: LintRule = {
  id: 'KB018',
  title: 'Fodnoter skal nævne en kilde fra content/kilder/ og hvor i kilden påstanden står, og hver fodnote skal bruges i teksten.',
  severity: 'fejl',
  checkTree(tree, ctx) {
    const nodes = allNodes(tree);
    const findings = findingsAt(nodes, (node) => (node.type === 'text' ? undefinedReferences(node as Text) : undefined));
    const referenced = new Set(nodes.flatMap((node) => (node.type === 'footnoteReference' ? [node.identifier] : [])));
    for (const definition of footnoteDefinitions(tree).values()) {
      findings.push(...definitionFindings(definition, resolveCitation(definition, ctx.sources), referenced));
    }
    return findings;
  },
};
