import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { readAllContent } from '../../../src/lib/content-files.ts';
import { readSourceRegister } from '../../../src/lib/source-register.ts';
import { lintContent } from '../../../src/lib/lint.ts';
import { EMPTY_ALLOWLIST } from '../../../src/lib/lint/allowlist.ts';
import { parseMdx } from '../../../src/lib/lint/mdx.ts';
import type { LintRule, TreeContext } from '../../../src/lib/lint/types.ts';
import { VALID } from '../schemas/fixtures.ts';
import { fileTree } from '../../support/temp.ts';

/** The repository root: rules read src/pages and public/ from here. */
export const REPO = resolve(import.meta.dirname, '../../..');
/** A fixed "today", so review-date rules do not depend on the calendar. */
export const TODAY = new Date('2026-11-22T00:00:00Z');

/** The real sources of content/kilder/, as runLint hands them to the citation rules. */
export const SOURCES = readSourceRegister(resolve(REPO, 'content'));

/** Runs one tree rule over a Markdown/MDX body and returns its messages with lines. */
export function check(rule: LintRule, body: string, ctx: Partial<TreeContext> = {}) {
  const parsed = parseMdx(body);
  if (!('tree' in parsed)) throw new Error(`Kunne ikke læse testteksten: ${parsed.failure.reason}`);
  return rule.checkTree!(parsed.tree, { allow: EMPTY_ALLOWLIST, ...ctx });
}

/** Writes a small content folder and returns its path. */
export function contentDir(files: Record<string, string>): string {
  return fileTree(files, 'vidensbasen-lint-');
}

/** An MDX file with the given frontmatter and body. */
export const mdx = (data: object, body = 'Tekst.') => `---\n${stringify(data)}---\n\n${body}\n`;

/** A minimal consistent corpus: one source and one organisation citing it. */
export const BASE = {
  'kilder/visionspapir-region-hovedstaden-2025.yaml': stringify(VALID.kilder),
  'organisationer/hjerteforeningen.mdx': mdx(VALID.organisationer, '## Om foreningen\n\nTekst.'),
};

/** Lints a content folder with the real pages of the repository (spelling only when asked: its dictionary takes seconds to load). */
export const lintDir = (dir: string, today = TODAY, spelling = false) => lintContent(readAllContent(dir, dir), { repoRoot: REPO, contentRoot: dir, today, spelling });
