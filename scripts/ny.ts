/**
 * `npm run ny -- <samling> "<titel>" [--ejer "<rolle>"] [--dato ÅÅÅÅ-MM-DD]`: creates a new
 * entry as a draft, with the title filled in and UDFYLD in every other required field, and
 * shows what `npm run tjek` says about it. The content folder is content/ or VIDENSBASEN_CONTENT.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, readAllContent } from '../src/lib/content-files.ts';
import { formatProblem, lintContent } from '../src/lib/lint.ts';
import { scaffold } from '../src/lib/scaffold.ts';
import { slugify } from '../src/lib/slug.ts';
import { COLLECTION_DEFINITIONS, COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';
import { todayInDenmark } from '../src/lib/dates.ts';
import { parseIsoDate } from '../src/schemas/shared/dates.ts';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { ejer: { type: 'string' }, dato: { type: 'string' } } });
const [collection, title] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!collection || !title) fail('Brug: npm run ny -- <samling> "<titel>"\nFx: npm run ny -- organisationer "Kræftens Bekæmpelse"');
if (!(COLLECTIONS.keys as readonly string[]).includes(collection)) {
  fail(`"${collection}" er ikke en samling. Vælg en af: ${COLLECTIONS.keys.join(', ')}.`);
}
const name = collection as CollectionName;
const today = values.dato ? parseIsoDate(values.dato) : todayInDenmark();
if (!today) fail(`--dato skal skrives som ÅÅÅÅ-MM-DD, fx 2026-11-22 (står: ${values.dato}).`);
const slug = slugify(title);
if (!slug) fail('Titlen skal indeholde mindst ét bogstav eller tal, så filen kan få et navn.');

const content = contentRoot(root);
const file = join(content, name, `${slug}.${COLLECTION_DEFINITIONS[name].format}`);
if (existsSync(file)) fail(`${relative(root, file)} findes allerede. Ret den fil, eller vælg en anden titel.`);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, scaffold(name, title, { ejer: values.ejer, today }));

const path = relative(root, file);
console.log(`Oprettet ${path} (status: udkast).`);
console.log(`Erstat hvert ${'UDFYLD'} med rigtigt indhold. Feltoversigten står på /bidrag/felter/${name}/.\n`);
const problems = lintContent(readAllContent(content, root), { repoRoot: root, contentRoot: content, spelling: false }).filter((p) => p.file === path);
console.log(`npm run tjek siger lige nu om filen (${problems.length} ting at udfylde):`);
for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
