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
  return { ...rule, checkTree: (tree, ctx) => findingsAt(allNodes(tree), (node) => checkNode(node, ctx)) };
}
