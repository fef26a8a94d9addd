/**
 * `npm run url-manifest [-- --dist DIR]`: adds every page of a built site (default dist/) to
 * url-manifest.txt. Addresses are only ever added: the build test then holds the site to
 * keeping each of them, as a page or a redirect.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addToManifest, builtUrls, MANIFEST_FILE } from '../src/lib/url-manifest.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(root, values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} indeholder ikke et bygget sted. Kør npm run build først.`);
  process.exit(1);
}
const added = addToManifest(root, builtUrls(dist));
console.log(`${added.length} nye adresser skrevet i ${MANIFEST_FILE}.`);
for (const url of added) console.log(`  ${url}`);
