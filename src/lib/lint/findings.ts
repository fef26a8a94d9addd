import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { lineOf } from './mdx.ts';
import { messagesOf, type Said } from './line-findings.ts';
import type { Finding, LintRule, TreeContext } from './types.ts';

/** Anything the parser gave a place in the body. */
type Positioned = Parameters<typeof lineOf>[0];

/**
 * Findings for some nodes: `check` says what is wrong with one node, and each message becomes a
 * finding on that node's line, in the nodes' order. Items that are not nodes themselves (a claim,
 * say) name the node they stand at.
 */
export function findingsAt<N extends Positioned>(nodes: Iterable<N>, check: (node: N) => Said): Finding[];
export function findingsAt<T>(items: Iterable<T>, check: (item: T) => Said, nodeOf: (item: T) => Positioned): Finding[];
export function findingsAt<T>(items: Iterable<T>, check: (item: T) => Said, nodeOf?: (item: T) => Positioned): Finding[] {
  return [...items].flatMap((item) => {
    const line = lineOf(nodeOf ? nodeOf(item) : (item as Positioned));
    return messagesOf(check(item)).map((message) => ({ line, message }));
  });
}

/** Every node of a tree in document order (the order `visit` walks it), for `findingsAt`. */
export function allNodes(tree: Root): Nodes[] {
  const nodes: Nodes[] = [];
  visit(tree, (node) => {
    nodes.push(node);
  });
  return nodes;
}

/** A tree rule written as a check of one node at a time. */
export type NodeRule = Omit<LintRule, 'checkTree'> & {
  /** What is wrong with this node of the body, if anything. */
  checkNode(node: Nodes, ctx: TreeContext): Said;
};

/**
 * Makes a tree rule from a check of one node: most rules look at each node on its own, so the walk
 * over the body, the collecting and the line numbers are written once, here, and a rule is only
 * its check. The result is an ordinary `LintRule`, run by the lint and by the build's guard alike.
 */
export function nodeRule({ checkNode, ...rule }: NodeRule): LintRule {
  return { ...rule, checkNode, checkTree: (tree, ctx) => findingsAt(allNodes(tree), (node) => checkNode(node, ctx)) };
}

/**
 * Runs tree rules over one tree: the tree is walked once for all node rules, which each see every
 * node in document order; the other tree rules read the tree themselves. Findings by rule.
 * `nodes` is the tree's `allNodes`, when the caller already has it.
 */
export function treeFindings(rules: readonly LintRule[], tree: Root, ctx: TreeContext, nodes?: readonly Nodes[]): Map<LintRule, Finding[]> {
  const found = new Map<LintRule, Finding[]>();
  const nodeRules = rules.filter((rule) => rule.checkNode);
  for (const rule of rules) found.set(rule, rule.checkNode || !rule.checkTree ? [] : rule.checkTree(tree, ctx));
  if (nodeRules.length === 0) return found;
  for (const node of nodes ?? allNodes(tree)) {
    for (const rule of nodeRules) {
      const said = rule.checkNode?.(node, ctx);
      if (said === undefined) continue;
      const line = lineOf(node);
      for (const message of messagesOf(said)) found.get(rule)?.push({ line, message });
    }
  }
  return found;
}
