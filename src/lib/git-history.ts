import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** What git knows about a file under its current name, across renames. */
export interface FileHistory {
  /** Commit date (RFC 3339) of the first commit that added the file, under any earlier name. */
  created: string;
  /** Commit date (RFC 3339) of the last commit that changed the file. */
  updated: string;
  /** The last change as a Date, for pages that format it. */
  lastChanged: Date;
  /** How many commits touched the file. */
  commits: number;
}

const cache = new Map<string, Map<string, FileHistory>>();

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

/**
 * Reads the history of every file under `dir` with one `git log`, following renames, so an entry
 * moved with `npm run flyt` keeps its history and its first date (it is not "new" in the feed).
 * The one git reader of the project: the entry pages and the feed both read it. Returns an empty
 * map when there is no history to trust: not a git checkout, or a shallow clone, where every file
 * would seem to have changed in the one commit there is.
 */
export function readHistory(dir: string, repoRoot = process.cwd()): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  try {
    if (git(['rev-parse', '--is-shallow-repository'], repoRoot).trim() !== 'false') return history;
    const log = git(['log', '-M', '--format=%x1e%cI', '--name-status', '--', relative(repoRoot, dir) || '.'], repoRoot);
    const currentName = new Map<string, string>();
    const current = (path: string) => currentName.get(path) ?? path;
    // The log runs newest first: the first date seen for a file is its last change, the last seen its first.
    for (const commit of log.split('\x1e').filter((c) => c.trim())) {
      const [date = '', ...lines] = commit.trim().split('\n');
      for (const line of lines.filter(Boolean)) {
        const [status = '', a = '', b] = line.split('\t');
        const path = current(b ?? a);
        const known = history.get(path);
        const updated = known?.updated ?? date;
        history.set(path, { created: date, updated, lastChanged: new Date(updated), commits: (known?.commits ?? 0) + 1 });
        // Older commits know the file by its old name; remember which current file that is.
        if (status.startsWith('R') && b) currentName.set(a, path);
      }
    }
  } catch {
    return new Map();
  }
  return history;
}

/** The histories of all files under `<repoRoot>/content`, read once per process. */
export function contentHistory(repoRoot = process.cwd()): Map<string, FileHistory> {
  let history = cache.get(repoRoot);
  if (!history) {
    history = readHistory(resolve(repoRoot, 'content'), repoRoot);
    cache.set(repoRoot, history);
  }
  return history;
}

/** The history of one file (path relative to the repository), if git has one to give. */
export function fileHistory(path: string, repoRoot = process.cwd()): FileHistory | undefined {
  return contentHistory(repoRoot).get(path);
}
