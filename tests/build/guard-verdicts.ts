/**
 * The two verdicts the differential test compares for one MDX body: the lint's (remark's tree,
 * src/lib/lint/mdx.ts, and the guard rules through `guardTree`) and the build's (Sätteri's tree,
 * with the guard plugin of src/plugins/content-guard.ts, and the site's Sätteri features). A body
 * either parser cannot read is refused as KB003 on that side (the lint says so in Danish; the
 * build stops at the parse error).
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { guardTree } from '../../src/lib/lint/index.ts';
import { parseMdx } from '../../src/lib/lint/mdx.ts';
import type { LintRule } from '../../src/lib/lint/types.ts';
import { contentGuard, GUARD_HEADING } from '../../src/plugins/content-guard.ts';
import { features } from '../../src/plugins/index.ts';

/** One finding as `line [rule] message`; a body that cannot be parsed is the single `[KB003]`. */
export type Verdict = string[];

const PARSE_FAILURE = ['[KB003]'];

/** The body as Astro hands it to the processor: frontmatter blanked, its lines kept. */
export const bodyOf = (source: string) => parseFrontmatter(source, { frontmatter: 'empty-with-lines' }).content;

/** The lint's verdict: remark's tree, the guard rules of `npm run tjek`. */
export function lintVerdict(body: string, rules?: readonly LintRule[]): Verdict {
  const parsed = parseMdx(body);
  if ('failure' in parsed) return PARSE_FAILURE;
  return guardTree(parsed.tree, rules).map((f) => `${f.line ?? '?'} [${f.rule}] ${f.message}`);
}

const FINDING_LINE = /^ {2}[^\n]*?:(\d+|\?) \[(KB\d{3})\] (.*)$/;

/** The build's verdict: Sätteri's tree, the guard plugin, read back from the error that stops the build. */
export async function buildVerdict(body: string, rules?: readonly LintRule[]): Promise<Verdict> {
  try {
    await mdxToJs(body, { mdastPlugins: [contentGuard(rules)], features });
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.startsWith(`${GUARD_HEADING}:\n`)) return PARSE_FAILURE;
    return message.split('\n').flatMap((line) => {
      const match = FINDING_LINE.exec(line);
      return match ? [`${match[1]} [${match[2]}] ${match[3]}`] : [];
    });
  }
}

/** The rules a verdict names, each once, in order. */
export const rulesOf = (verdict: Verdict) => [...new Set(verdict.map((finding) => /\[(KB\d{3})\]/.exec(finding)?.[1] ?? '?'))];

/** Bodies on which the two verdicts differ, with both verdicts. */
export async function disagreements(bodies: Record<string, string>, rules: { lint?: readonly LintRule[]; build?: readonly LintRule[] } = {}) {
  const found: { name: string; lint: Verdict; build: Verdict }[] = [];
  for (const [name, body] of Object.entries(bodies)) {
    const lint = lintVerdict(body, rules.lint);
    const build = await buildVerdict(body, rules.build);
    if (JSON.stringify(lint) !== JSON.stringify(build)) found.push({ name, lint, build });
  }
  return found;
}
