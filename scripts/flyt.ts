/**
 * `npm run flyt -- <gammel-sti> <ny-sti>`: renames an entry, points every reference and link to
 * it at the new name, records a redirect from the old address (content/omdirigeringer.yaml),
 * adds the new address to url-manifest.txt and regenerates CODEOWNERS. Paths may be written as
 * content/organisationer/navn.mdx, organisationer/navn or /organisationer/navn/.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentRoot, readAllContent } from '../src/lib/content-files.ts';
import { writeCodeowners } from '../src/lib/codeowners.ts';
import { parseEntryName, renameInSource } from '../src/lib/move-entry.ts';
import { addRedirect } from '../src/lib/redirects.ts';
import { addToManifest, readManifest } from '../src/lib/url-manifest.ts';
import { COLLECTION_DEFINITIONS } from '../src/schemas/index.ts';
import { SLUG } from '../src/schemas/shared/reference.ts';

const root = resolve(import.meta.dirname, '..');
const content = contentRoot(root);
const [fromArg, toArg] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!fromArg || !toArg) fail('Brug: npm run flyt -- <gammel-sti> <ny-sti>\nFx: npm run flyt -- content/organisationer/hjerte.mdx content/organisationer/hjerteforeningen.mdx');
const from = parseEntryName(fromArg) ?? fail(`"${fromArg}" er ikke en post. Skriv fx content/organisationer/navn.mdx.`);
const to = parseEntryName(toArg) ?? fail(`"${toArg}" er ikke en post. Skriv fx content/organisationer/nyt-navn.mdx.`);
if (from.collection !== to.collection) fail(`En post kan ikke flytte fra ${from.collection} til ${to.collection}: samlingerne har forskellige felter. Opret en ny post med npm run ny.`);
if (!SLUG.test(to.id)) fail(`"${to.id}" kan ikke bruges som filnavn: brug små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa).`);
const extension = COLLECTION_DEFINITIONS[from.collection].format;
const fromFile = join(content, from.collection, `${from.id}.${extension}`);
const toFile = join(content, to.collection, `${to.id}.${extension}`);
if (!existsSync(fromFile)) fail(`${relative(root, fromFile)} findes ikke.`);
if (existsSync(toFile)) fail(`${relative(root, toFile)} findes allerede. Vælg et andet navn.`);

renameSync(fromFile, toFile);
let changes = 0;
const touched: string[] = [];
for (const file of readAllContent(content, root)) {
  const absolute = resolve(root, file.path);
  const { text, changes: n } = renameInSource(readFileSync(absolute, 'utf8'), file.collection, from, to);
  if (n === 0) continue;
  writeFileSync(absolute, text);
  changes += n;
  touched.push(file.path);
}
const oldUrl = `/${from.collection}/${from.id}/`;
const newUrl = `/${to.collection}/${to.id}/`;
addRedirect(content, oldUrl, newUrl);
// The manifest and CODEOWNERS describe the repository's own content, not a copy elsewhere.
const isRepoContent = content === resolve(root, 'content');
const manifestAdded = isRepoContent && readManifest(root).includes(oldUrl) ? addToManifest(root, [newUrl]) : [];
if (isRepoContent) writeCodeowners(root, content);

console.log(`Flyttet ${relative(root, fromFile)} → ${relative(root, toFile)}.`);
console.log(`${changes} henvisninger og links rettet i ${touched.length} filer${touched.length ? `: ${touched.join(', ')}` : ''}.`);
console.log(`Omdirigering ${oldUrl} → ${newUrl} skrevet i ${relative(root, join(content, 'omdirigeringer.yaml'))}.`);
if (manifestAdded.length) console.log(`${newUrl} tilføjet til url-manifest.txt.`);
console.log('Kør npm run tjek, og læg ændringerne i samme pull request.');
