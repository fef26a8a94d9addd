/**
 * `npm run tjek:links [-- DIR]`: checks the built site (default dist/) for broken internal links,
 * form targets, images and #anchors, images without a source, and empty pages. Exits 1 on any problem.
 * The build tests run the same check (tests/build/links.test.ts).
 */
import { resolve } from 'node:path';
import { SITE } from '../src/lib/site.ts';
import { builtPages } from '../src/lib/built-site.ts';
import { checkSite } from './lib/link-check.ts';

const dist = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
const problems = checkSite(dist, SITE.url);
for (const { page, message } of problems) console.log(`${page}: ${message}`);
console.log(`\n${builtPages(dist).length} sider tjekket: ${problems.length} problemer.`);
process.exit(problems.length > 0 ? 1 : 0);
