import { execFileSync } from 'node:child_process';

/** When a file first entered the history and when it last changed (RFC 3339, from commit dates). */
export interface FileDates {
  created: string;
  updated: string;
}

const git = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * Commit dates of every file under `dir`, read in one `git log` (not one process per file). Same
 * result per file as `git log -1 --format=%cI -- <file>` for `updated`. Empty when git or the
 * history is missing, or in a shallow clone, where every file would seem to date from the one
 * commit there: callers then fall back to the review dates.
 */
export function gitFileDates(root: string, dir = 'content'): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  try {
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return dates;
    const log = git(root, ['log', '--format=%x1e%cI', '--name-only', '--no-renames', '--', dir]);
    for (const record of log.split('\x1e').slice(1)) {
      const [date, ...files] = record.trim().split('\n');
      if (!date) continue;
      for (const file of files.map((f) => f.trim()).filter(Boolean)) {
        const known = dates.get(file);
        // The log runs newest first: the first date seen is the last change, the last seen the first.
        dates.set(file, { updated: known?.updated ?? date, created: date });
      }
    }
  } catch {
    dates.clear();
  }
  return dates;
}
