import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { guardTree } from '../lib/lint/index.ts';

/**
 * Stops the build when an MDX entry holds code or unsafe markup: import/export, {…} expressions,
 * components or attributes that are not allowed, raw HTML, or links with schemes other than
 * https:, mailto: and tel:. It runs the same rule modules as `npm run tjek` (src/lib/lint), on
 * the tree Astro parsed, before anything is compiled or run (docs/sikkerhed.md, R1, R4, R5).
 */
export function remarkContentGuard() {
  return (tree: Root, file: VFile) => {
    const findings = guardTree(tree);
    if (findings.length === 0) return;
    // Astro blanks the frontmatter but keeps its lines, so lines are the file's own.
    const path = file.path ? relative(process.cwd(), file.path) : 'ukendt fil';
    const lines = findings.map((f) => `  ${path}:${f.line ?? '?'} [${f.rule}] ${f.message}`);
    throw new Error(`Indholdet kan ikke bygges, fordi det indeholder noget, der ikke er tilladt:\n${lines.join('\n')}\nKør npm run tjek for at se alle problemer.`);
  };
}
