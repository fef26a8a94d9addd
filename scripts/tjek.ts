/**
 * `npm run tjek`: checks all content without executing it and prints every problem at once,
 * each with a rule id, file, line and a Danish explanation. Exits 1 on any error.
 * Usage: `npm run tjek -- [indholdsmappe] [--uden-stavning]`. `--uden-stavning` skips the spelling
 * rule (KB023), whose dictionary takes seconds to load; it only warns, so the verdict is the same.
 * The build uses it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot as defaultContentRoot, readAllContent } from '../src/lib/content-files.ts';
import { formatProblem, lintContent } from '../src/lib/lint.ts';
import { citationSummary, formatCitationSummary } from '../src/lib/citation-count.ts';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ options: { 'uden-stavning': { type: 'boolean', default: false } }, allowPositionals: true });
const contentRoot = positionals[0] ? resolve(positionals[0]) : defaultContentRoot(root);
const files = readAllContent(contentRoot, root);
const problems = lintContent(files, { repoRoot: root, contentRoot, spelling: !values['uden-stavning'] });
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'fejl').length;
const warnings = problems.length - errors;
console.log('');
for (const line of formatCitationSummary(citationSummary(files))) console.log(line);
console.log(`\n${files.length} filer tjekket: ${errors} fejl, ${warnings} advarsler.`);
// exitCode, not exit(): exit() can cut off output still on its way through a pipe.
process.exitCode = errors > 0 ? 1 : 0;
