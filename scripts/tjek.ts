/**
 * `npm run tjek`: checks all content without executing it and prints every problem at once,
 * each with a rule id, file, line and a Danish explanation. Exits 1 on any error.
 */
import { resolve } from 'node:path';
import { contentRoot as defaultContentRoot, readAllContent } from '../src/lib/content-files.ts';
import { formatProblem, lintContent } from '../src/lib/lint.ts';
import { citationSummary, formatCitationSummary } from '../src/lib/citation-count.ts';

const root = resolve(import.meta.dirname, '..');
const contentRoot = process.argv[2] ? resolve(process.argv[2]) : defaultContentRoot(root);
const files = readAllContent(contentRoot, root);
const problems = lintContent(files, { repoRoot: root, contentRoot });
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'fejl').length;
const warnings = problems.length - errors;
console.log('');
for (const line of formatCitationSummary(citationSummary(files))) console.log(line);
console.log(`\n${files.length} filer tjekket: ${errors} fejl, ${warnings} advarsler.`);
// exitCode, not exit(): exit() can cut off output still on its way through a pipe.
process.exitCode = errors > 0 ? 1 : 0;
