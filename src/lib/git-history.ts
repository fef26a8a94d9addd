import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** What git knows about a file: when it last changed and in how many commits. */
export interface FileHistory {
  lastChanged: Date;
  commits: number;
}

let cache: Map<string, FileHistory> | undefined;

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

/**
 * Reads the history of every file under `dir` with one `git log`, following renames (so an
 * entry moved with npm run flyt keeps its history). Returns an empty map when there is no
 * history to trust: not a git checkout, or a shallow clone, where every file would seem to
 * have changed in the one commit there is.
 */
export function readHistory(dir: string, repoRoot = process.cwd()): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  try {
    if (git(['rev-parse', '--is-shallow-repository'], repoRoot).trim() !== 'false') return history;
    const log = git(['log', '-M', '--format=%x1e%cI', '--name-status', '--', relative(repoRoot, dir) || '.'], repoRoot);
    const currentName = new Map<string, string>();
    const current = (path: string) => currentName.get(path) ?? path;
    for (const commit of log.split('\x1e').filter((c) => c.trim())) {
      const [date = '', ...lines] = commit.trim().split('\n');
      for (const line of lines.filter(Boolean)) {
        const [status = '', a = '', b] = line.split('\t');
        const path = current(b ?? a);
        const known = history.get(path);
        history.set(path, { lastChanged: known?.lastChanged ?? new Date(date), commits: (known?.commits ?? 0) + 1 });
        // Older commits know the file by its old name; remember which current file that is.
        if (status.startsWith('R') && b) currentName.set(a, path);
      }
    }
  } catch {
    return new Map();
  }
  return history;
}

/** The history of one file (path relative to the repository), if git has one to give. */
export function fileHistory(path: string, repoRoot = process.cwd()): FileHistory | undefined {
  cache ??= readHistory(resolve(repoRoot, 'content'), repoRoot);
  return cache.get(path);
}
