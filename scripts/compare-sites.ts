/**
 * `node scripts/compare-sites.ts <før> <efter>`: compares two built sites page for page (asset
 * hashes and the build date on /redaktion/ ignored) and exits 1 if readers would get anything
 * different. Used to prove that a refactor leaves the site as it was.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareSites } from './lib/compare-sites.ts';

const [beforeArg, afterArg = 'dist'] = process.argv.slice(2);
if (!beforeArg) {
  console.error('Brug: node scripts/compare-sites.ts <mappe med det gamle byg> [mappe med det nye byg, standard dist]');
  process.exit(2);
}
const [before, after] = [resolve(beforeArg), resolve(afterArg)];
for (const dir of [before, after]) {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir} indeholder ikke et bygget sted. Byg først med npm run build -- --out <mappe>.`);
    process.exit(2);
  }
}
const differences = compareSites(before, after);
for (const d of differences.slice(0, 50)) {
  console.log(`${d.kind.padEnd(10)} ${d.file}`);
  if (d.before !== undefined) console.log(`  før:   ${d.before}\n  efter: ${d.after}`);
}
if (differences.length > 50) console.log(`… og ${differences.length - 50} flere.`);
console.log(differences.length === 0 ? 'De to byg er ens, side for side.' : `${differences.length} filer er forskellige.`);
process.exit(differences.length === 0 ? 0 : 1);
