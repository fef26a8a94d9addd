/**
 * `npm run codeowners`: writes .github/CODEOWNERS from the entries' `ejer` fields and
 * .github/ejere.yaml. With --check it only says whether the file is up to date (exit 1 if not).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CODEOWNERS_FILE, expectedCodeowners, writeCodeowners } from '../src/lib/codeowners.ts';

const root = resolve(import.meta.dirname, '..');
const content = join(root, 'content');
try {
  if (process.argv.includes('--check')) {
    const current = existsSync(join(root, CODEOWNERS_FILE)) ? readFileSync(join(root, CODEOWNERS_FILE), 'utf8') : '';
    if (current !== expectedCodeowners(root, content)) {
      console.error(`${CODEOWNERS_FILE} passer ikke med ejer-felterne. Kør npm run codeowners, og læg ændringen i pull requesten.`);
      process.exit(1);
    }
    console.log(`${CODEOWNERS_FILE} passer med ejer-felterne.`);
  } else {
    writeCodeowners(root, content);
    console.log(`${CODEOWNERS_FILE} er skrevet.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
