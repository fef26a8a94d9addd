import type { Nodes } from 'mdast';
import type { MdastPluginDefinition, MdastPluginEntry, MdastPluginInstance } from 'satteri';
import { EMPTY_ALLOWLIST } from '../lib/lint/allowlist.ts';
import { GUARD_RULES } from '../lib/lint/index.ts';
import { messagesOf } from '../lib/lint/line-findings.ts';
import { lineOf } from '../lib/lint/mdx.ts';
import type { Finding, LintRule } from '../lib/lint/types.ts';
import { buildError, entryPath } from './build-error.ts';

/** The heading of the error that stops the build. */
export const GUARD_HEADING = 'Indholdet kan ikke bygges, fordi det indeholder noget, der ikke er tilladt';

/** Which guard rules read which node type: one Sätteri visitor per type, no walk of the tree in JavaScript. */
function rulesByType(rules: readonly LintRule[]): Map<string, LintRule[]> {
  const byType = new Map<string, LintRule[]>();
  for (const rule of rules) {
    if (!rule.checkNode || !rule.nodeTypes?.length) {
      throw new Error(`Vagtreglen ${rule.id} kan ikke køre i byggeriet: den skal være en nodeRule med nodeTypes (src/lib/lint/findings.ts).`);
    }
    for (const type of rule.nodeTypes) byType.set(type, [...(byType.get(type) ?? []), rule]);
  }
  return byType;
}

/**
 * The Sätteri visitors of the guard rules: one per node type a rule reads, each running the rules
 * of that type on the node and filing their messages, with the node's line, under the rule in
 * `found` (so the findings come by rule, then in the order of the body, as in the lint).
 */
export function guardVisitors(rules: readonly LintRule[] = GUARD_RULES) {
  const byType = rulesByType(rules);
  return (found: Map<LintRule, Finding[]>): MdastPluginInstance => {
    const visitors: Record<string, (node: Nodes) => void> = {};
    for (const [type, typeRules] of byType) {
      visitors[type] = (node) => {
        for (const rule of typeRules) {
          const said = rule.checkNode?.(node, { allow: EMPTY_ALLOWLIST });
          if (said === undefined) continue;
          for (const message of messagesOf(said)) found.get(rule)?.push({ line: lineOf(node), message });
        }
      };
    }
    return { options: { position: true }, ...visitors } as MdastPluginInstance;
  };
}

/** The findings of one body, by rule in the lint's order, flattened with the rule's id. */
export function orderedFindings(found: Map<LintRule, Finding[]>): (Finding & { rule: string })[] {
  return [...found].flatMap(([rule, findings]) => findings.map((f) => ({ ...f, rule: rule.id })));
}

/**
 * Stops the build when an MDX entry holds code or unsafe markup: import/export, {…} expressions,
 * components or attributes that are not allowed, raw HTML, or links with schemes other than
 * https:, mailto: and tel:. It runs the guard rules of `npm run tjek` (src/lib/lint, `guard: true`)
 * node by node on the tree Sätteri parsed, before anything is compiled or run
 * (docs/sikkerhed.md, R1, R4, R5). Each rule lists the node types it reads; Sätteri calls a visitor for those only.
 * `rules` is for tests (the differential test breaks a rule on purpose).
 */
export function contentGuard(rules: readonly LintRule[] = GUARD_RULES): MdastPluginEntry {
  const visitorsFor = guardVisitors(rules);
  return (document) => {
    const found = new Map<LintRule, Finding[]>(rules.map((rule) => [rule, []]));
    const definition: MdastPluginDefinition = {
      name: 'vidensbasen-indholdsvagt',
      ...visitorsFor(found),
      after() {
        const findings = orderedFindings(found);
        // Astro blanks the frontmatter but keeps its lines, so lines are the file's own.
        if (findings.length) throw buildError(GUARD_HEADING, entryPath(document.fileURL), findings);
      },
    };
    return definition;
  };
}
