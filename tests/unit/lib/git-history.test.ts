import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../../src/lib/git-history.ts';

const root = resolve(import.meta.dirname, '../../..');
const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  }).trim();

const scratch = mkdtempSync(join(tmpdir(), 'git-history-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readHistory', () => {
  it('gives each content file the same last-change date as "git log -1 --format=%cI", or nothing in a shallow clone', () => {
    const history = readHistory(resolve(root, 'content'), root);
    if (git(root, ['rev-parse', '--is-shallow-repository']) === 'true') {
      expect(history.size).toBe(0);
      return;
    }
    const files = git(root, ['ls-files', 'content']).split('\n').filter((_, i) => i % 25 === 0);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(history.get(file)?.updated, file).toBe(git(root, ['log', '-1', '--format=%cI', '--', file]));
      expect(Date.parse(history.get(file)!.created)).toBeLessThanOrEqual(Date.parse(history.get(file)!.updated));
    }
  });

  it('follows a rename: a moved entry keeps its first date and its commits under the new name', () => {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'content/organisationer'), { recursive: true });
    git(repo, ['init', '-q', '-b', 'main']);
    const body = (n: number) => `---\ntitel: Foreningen\n---\n\n${'En linje om foreningen.\n'.repeat(20)}Ændring ${n}.\n`;
    writeFileSync(join(repo, 'content/organisationer/gammel.mdx'), body(1));
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'ny'], '2026-01-05T10:00:00+01:00');
    writeFileSync(join(repo, 'content/organisationer/gammel.mdx'), body(2));
    git(repo, ['commit', '-q', '-am', 'ret'], '2026-03-05T10:00:00+01:00');
    git(repo, ['mv', 'content/organisationer/gammel.mdx', 'content/organisationer/ny.mdx']);
    git(repo, ['commit', '-q', '-m', 'flyt'], '2026-06-05T10:00:00+02:00');

    const history = readHistory(join(repo, 'content'), repo);
    expect(history.has('content/organisationer/gammel.mdx')).toBe(false);
    expect(history.get('content/organisationer/ny.mdx')).toMatchObject({
      created: '2026-01-05T10:00:00+01:00',
      updated: '2026-06-05T10:00:00+02:00',
      commits: 3,
    });
  });

  it('gives nothing outside a git repository', () => {
    expect(readHistory('/', '/').size).toBe(0);
  });
});
