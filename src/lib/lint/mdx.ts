import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Parses Markdown like @astrojs/mdx does (MDX + GFM) without compiling or running anything. */
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Why a body could not be parsed, with the place MDX stopped. */
export interface ParseFailure {
  line: number;
  column: number;
  reason: string;
}

/** The body's syntax tree, or where and why parsing stopped. */
export function parseMdx(body: string): { tree: Root } | { failure: ParseFailure } {
  try {
    return { tree: processor.runSync(processor.parse(body)) as Root };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return { failure: { line: e.line ?? 1, column: e.column ?? 1, reason: e.reason ?? e.message ?? String(error) } };
  }
}

/** The 1-based line of a node in its body, if the parser recorded one. */
export const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;
