/**
 * `npm test`: every test suite, in order, stopping at the first failing step.
 *   1. content lint (scripts/tjek.ts) – reads content without executing it
 *   2. type check (astro check) and unit tests (vitest project "unit")
 *   3. build (astro + Pagefind into dist/; caches kept only when their key matches, scripts/lib/build-cache.ts)
 *   4. built-output tests (vitest project "build")
 *   5. browser tests in Chromium (vitest project "e2e")
 * Prints one closing line: "Tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const results = resolve(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  return status === 0;
}

function vitest(project) {
  const file = resolve(results, `${project}.json`);
  const ok = step(`Tests: ${project}`, bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) {
      console.error(`Projektet "${project}" kørte ingen tests.`);
      return false;
    }
  } catch {
    failed += ok ? 0 : 1;
  }
  return ok;
}

function finish(ok) {
  console.log(`\nTests: ${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

if (!step('Indholdstjek (npm run tjek)', bin('node'), ['scripts/tjek.ts'])) { failed += 1; finish(false); }
if (!step('Typetjek (astro check)', bin('astro'), ['check'])) { failed += 1; finish(false); }
if (!vitest('unit')) finish(false);
if (!step('Byg (astro + Pagefind)', bin('node'), ['scripts/build.mjs', '--quiet'])) { failed += 1; finish(false); }
if (!vitest('build')) finish(false);
finish(vitest('e2e'));
