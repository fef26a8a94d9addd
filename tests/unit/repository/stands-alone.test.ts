/**
 * The repository stands alone: a fresh clone with nothing beside it (GitHub's runner, a newcomer)
 * must pass its own check. So no code, test or workflow may read a path above the repository
 * root – the five source documents and the HSDS schemas live in data/ (data/README.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** What the check reads: code, tests, workflows and the files that configure them. */
const SCANNED = /^(src|scripts|tests|\.github|\.ci)\/|^[^/]+\.(mjs|ts|json|yml|yaml)$/;
/** Inputs, not code: fixtures may spell odd paths on purpose (the unsafe-input tests). */
const NOT_CODE = /^tests\/fixtures\/|^package-lock\.json$/;
/** Material that lives beside our own machines' clones but on no one else's. */
const KNOWN_OUTSIDE = /\.\.\/+shared\b|\/work\/shared\b|(?<![\w-])shared\/(sources|research|hooks)\b/;
/** A quoted relative path: './x', "../x", `../x`. */
const RELATIVE_LITERAL = /(['"`])(\.{1,2}\/[^'"`\s$]*)\1/g;

export interface OutsidePath {
  file: string;
  line: number;
  text: string;
}

/** Every place in `text` (the file `file`, relative to the root) that names a path outside the root. */
export function outsidePaths(file: string, text: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const folder = resolve(ROOT, dirname(file));
  for (const [index, line] of text.split('\n').entries()) {
    if (KNOWN_OUTSIDE.test(line)) found.push({ file, line: index + 1, text: line.trim() });
    else {
      for (const [, , path] of line.matchAll(RELATIVE_LITERAL)) {
        const target = relative(ROOT, resolve(folder, path!));
        if (target === '..' || target.startsWith(`..${sep}`)) {
          found.push({ file, line: index + 1, text: line.trim() });
          break;
        }
      }
    }
  }
  return found;
}

/** This file: its samples name outside paths on purpose. */
const SELF = relative(ROOT, import.meta.filename);

function trackedFiles(): string[] {
  const result = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ls-files fejlede: ${result.stderr}`);
  return result.stdout.split('\n').filter((f) => f && SCANNED.test(f) && !NOT_CODE.test(f) && f !== SELF && existsSync(join(ROOT, f)));
}

describe('the repository stands alone', () => {
  it('finds a path above the root however it is written (the check can fail)', () => {
    expect(outsidePaths('src/lib/x.ts', "resolve(root, '../shared/sources')")).toHaveLength(1);
    expect(outsidePaths('tests/unit/x.test.ts', "readFileSync('../../../elsewhere.txt')")).toHaveLength(1);
    expect(outsidePaths('.github/workflows/x.yml', '  run: cat $GITHUB_WORKSPACE/../shared/sources/README.md')).toHaveLength(1);
    expect(outsidePaths('.ci/run', 'cp -r /work/shared/research .')).toHaveLength(1);
    // Inside the root, however deep the file: not outside.
    expect(outsidePaths('tests/unit/lint/x.test.ts', "resolve(import.meta.dirname, '../../..')")).toEqual([]);
    expect(outsidePaths('src/lib/x.ts', "import { a } from '../schemas/shared/vocabularies.ts';")).toEqual([]);
  });

  it('no code, test, workflow or configuration names a path outside the repository', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(200);
    const found = files.flatMap((file) => outsidePaths(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found.map((p) => `${p.file}:${p.line}: ${p.text}`)).toEqual([]);
  });

  it('carries the five source documents and the HSDS 3.0 schemas with their origin and licence', () => {
    const documents = readFileSync(join(ROOT, 'data/kildedokumenter/README.md'), 'utf8');
    for (const name of ['000_a04ca0f5bb030a56', '001_0b11cea7813c63c5', '002_d8150fcbc2344925', '003_e80657acf395c004', '004_2582517a0357b599']) {
      expect(existsSync(join(ROOT, `data/kildedokumenter/${name}.txt`)), name).toBe(true);
      expect(documents).toContain(name);
    }
    expect(documents).toMatch(/offentlige dokumenter fra Region Hovedstaden og Region Midtjylland/);
    const hsds = readFileSync(join(ROOT, 'data/hsds-3.0/README.md'), 'utf8');
    expect(hsds).toContain('279fd2eb3552c349bf698c07c00cc25f5fc8249b');
    expect(hsds).toContain('an Open Referral resource');
    expect(readFileSync(join(ROOT, 'data/hsds-3.0/LICENSE'), 'utf8')).toMatch(/Attribution-ShareAlike 4\.0/);
  });
});
