/**
 * The code's import rules (.dependency-cruiser.cjs): no import circle, src/ never imports scripts/
 * or the tests, and the shared library never imports browser code, the editor's bundle or pages.
 * Checked with dependency-cruiser, on the real tree and on a planted sample that breaks each rule.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTree } from '../../support/temp.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** Runs dependency-cruiser over `paths` (relative to `cwd`); returns its exit status and report. */
function cruise(cwd: string, paths: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'), ...paths, '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  return { status: result.status, report: `${result.stdout}${result.stderr}` };
}

describe('import rules', { timeout: 120_000 }, () => {
  it('finds a circle and an upward import in a planted sample (the check can fail)', () => {
    const dir = fileTree({
      'src/lib/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/lib/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      'src/lib/c.ts': "import { d } from '../admin/d.ts';\nexport const c = d;\n",
      'src/admin/d.ts': 'export const d = 1;\n',
      'src/pages/e.ts': "import { f } from '../../scripts/f.ts';\nexport const e = f;\n",
      'scripts/f.ts': 'export const f = 1;\n',
    }, 'vidensbasen-imports-');
    const { status, report } = cruise(dir, ['src', 'scripts']);
    expect(status).not.toBe(0);
    expect(report).toContain('ingen-cirkel');
    expect(report).toContain('biblioteket-importerer-ikke-opad: src/lib/c.ts → src/admin/d.ts');
    expect(report).toContain('src-importerer-ikke-scripts: src/pages/e.ts → scripts/f.ts');
  });

  it('the repository keeps them', () => {
    const { status, report } = cruise(ROOT, ['src', 'scripts', 'astro.config.mjs']);
    expect(report).toMatch(/no dependency violations found/);
    expect(status, report).toBe(0);
  });
});
