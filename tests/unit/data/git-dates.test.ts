import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitFileDates } from '../../../src/lib/data/git-dates.ts';

const root = resolve(import.meta.dirname, '../../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

describe('gitFileDates', () => {
  it('gives each content file the same last-change date as "git log -1 --format=%cI", or nothing in a shallow clone', () => {
    const dates = gitFileDates(root);
    if (git('rev-parse', '--is-shallow-repository') === 'true') {
      expect(dates.size).toBe(0);
      return;
    }
    const files = git('ls-files', 'content').split('\n').filter((_, i) => i % 25 === 0);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(dates.get(file)?.updated, file).toBe(git('log', '-1', '--format=%cI', '--', file));
      expect(Date.parse(dates.get(file)!.created)).toBeLessThanOrEqual(Date.parse(dates.get(file)!.updated));
    }
  });

  it('gives nothing outside a git repository', () => {
    expect(gitFileDates('/').size).toBe(0);
  });
});
