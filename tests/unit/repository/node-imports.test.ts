/**
 * The tools an editor or a workflow runs with plain Node (`npm run gennemgang`, `tjek`, `ny`, the
 * weekly link check …) load TypeScript without a bundler: Node resolves a relative import only as
 * written – no added `.ts`, no `index` – and knows no `astro:` modules. Vite does both, so a missing
 * extension passes the site's build and every vitest test and breaks the tool (it did:
 * src/lib/lix-build.ts imported '../plugins/index', and `npm run gennemgang` stopped). This test
 * follows the imports from every script package.json and the workflows start, and fails on such a
 * specifier. Own scanner rather than dependency-cruiser: the cruiser resolves imports as TypeScript
 * does, which is exactly the leniency to catch.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTree } from '../../support/temp.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Runtime import specifiers of a module (type-only imports are erased by Node and skipped). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(/(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) {
    if (!m[2]) found.push(m[3] as string);
  }
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1] as string);
  return found;
}

/** Problems with Node's resolution in the modules reachable from `entries` (absolute paths). */
function nodeImportProblems(entries: readonly string[], root: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const where = relative(root, file);
      if (spec.startsWith('astro:')) {
        problems.push(`${where}: importerer ${spec}, som kun findes i Astros bygning`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!existsSync(target) || statSync(target).isDirectory()) {
        problems.push(`${where}: '${spec}' findes ikke som skrevet – Node tilføjer ikke .ts eller /index; skriv filens fulde navn`);
        continue;
      }
      if (/\.(ts|mts|mjs|js)$/.test(target) && !target.includes('/node_modules/')) queue.push(target);
    }
  }
  return problems;
}

/** The files `node <file>` runs in package.json's scripts and the workflows. */
function entryPoints(): string[] {
  const scripts = Object.values(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>);
  const workflows = ['pr.yml', 'deploy.yml', 'gennemgang.yml', 'linktjek.yml'].map((f) => readFileSync(join(ROOT, '.github/workflows', f), 'utf8'));
  const files = new Set<string>();
  for (const text of [...scripts, ...workflows]) for (const m of text.matchAll(/\bnode\s+(scripts\/[\w./-]+\.(?:ts|mjs))/g)) files.add(join(ROOT, m[1] as string));
  return [...files];
}

describe('imports as plain Node resolves them', () => {
  it('finds a missing extension, a folder import and an astro: module in a planted sample (the check can fail)', () => {
    const dir = fileTree({
      'scripts/tool.ts': "import { a } from '../src/lib/a.ts';\nimport type { T } from '../src/lib/only-types';\nexport const t: T = a;\n",
      'src/lib/a.ts': "import { b } from './b';\nimport { c } from './c';\nexport const a = b + c;\nexport const d = () => import('./d.ts');\n",
      'src/lib/b.ts': 'export const b = 1;\n',
      'src/lib/c/index.ts': 'export const c = 1;\n',
      'src/lib/d.ts': "import { getCollection } from 'astro:content';\nexport const d = getCollection;\n",
    }, 'vidensbasen-node-imports-');
    expect(nodeImportProblems([join(dir, 'scripts/tool.ts')], dir)).toEqual([
      "src/lib/a.ts: './b' findes ikke som skrevet – Node tilføjer ikke .ts eller /index; skriv filens fulde navn",
      "src/lib/a.ts: './c' findes ikke som skrevet – Node tilføjer ikke .ts eller /index; skriv filens fulde navn",
      'src/lib/d.ts: importerer astro:content, som kun findes i Astros bygning',
    ]);
  });

  it('every tool package.json and the workflows run resolves under plain Node', () => {
    const entries = entryPoints();
    expect(entries.length).toBeGreaterThan(15);
    expect(entries.map((e) => relative(ROOT, e))).toContain('scripts/gennemgang.ts');
    expect(nodeImportProblems(entries, ROOT)).toEqual([]);
  });
});
