/**
 * `node scripts/compare-sites.ts <før> <efter>`: compares two built sites page for page (asset
 * hashes and the build date on /redaktion/ ignored) and exits 1 if readers would get anything
 * different. Used to prove that a refactor leaves the site as it was. `--accepter <navn>` (more
 * than once if needed) leaves out a difference the change intends, by its name in ACCEPTED
 * (scripts/lib/compare-sites.ts), e.g. `--accepter typografi`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ACCEPTED, type AcceptedDifference, compareSites } from './lib/compare-sites.ts';

const args = process.argv.slice(2);
const accepted: AcceptedDifference[] = [];
for (let i = args.indexOf('--accepter'); i >= 0; i = args.indexOf('--accepter')) {
  const name = args[i + 1] ?? '';
  if (!(name in ACCEPTED)) {
    console.error(`Ukendt accepteret forskel "${name}". Skriv en af: ${Object.keys(ACCEPTED).join(', ')}.`);
    process.exit(2);
  }
  accepted.push(name as AcceptedDifference);
  args.splice(i, 2);
}
const [beforeArg, afterArg = 'dist'] = args;
if (!beforeArg) {
  console.error('Brug: node scripts/compare-sites.ts <mappe med det gamle byg> [mappe med det nye byg, standard dist] [--accepter typografi]');
  process.exit(2);
}
for (const name of accepted) console.log(`Accepteret forskel: ${name}.`);
const [before, after] = [resolve(beforeArg), resolve(afterArg)];
for (const dir of [before, after]) {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir} indeholder ikke et bygget sted. Byg først med npm run build -- --out <mappe>.`);
    process.exit(2);
  }
}
const differences = compareSites(before, after, accepted);
for (const d of differences.slice(0, 50)) {
  console.log(`${d.kind.padEnd(10)} ${d.file}`);
  if (d.before !== undefined) console.log(`  før:   ${d.before}\n  efter: ${d.after}`);
}
if (differences.length > 50) console.log(`… og ${differences.length - 50} flere.`);
console.log(differences.length === 0 ? 'De to byg er ens, side for side.' : `${differences.length} filer er forskellige.`);
process.exit(differences.length === 0 ? 0 : 1);
