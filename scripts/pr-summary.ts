/**
 * `npm run pr-summary -- <base-ref>`: compares the content at a git ref (the pull request's
 * base) with the working tree and prints a Markdown summary: new, changed (with fields),
 * moved and removed entries per collection, the addresses of the pages to open in the preview
 * artifact (and how to open it), and the lint problems that are new. The PR workflow appends it
 * to $GITHUB_STEP_SUMMARY; run it locally with e.g. `main`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { contentRoot, readAllContent } from '../src/lib/content-files.ts';
import { lintContent } from '../src/lib/lint.ts';
import { summarize, type ContentState } from '../src/lib/pr-summary.ts';
import { readRedirects } from '../src/lib/redirects.ts';

const root = resolve(import.meta.dirname, '..');
const ref = process.argv[2];
if (!ref) {
  console.error('Brug: npm run pr-summary -- <base-ref>, fx npm run pr-summary -- main');
  process.exit(1);
}
const today = new Date(new Date().toISOString().slice(0, 10));

/** The lint's view of a content folder whose repository root is `repo`. */
function state(repo: string, content: string): ContentState {
  const files = readAllContent(content, repo);
  // src/pages comes from the working tree for both sides, so only content differences show.
  // Problems are reported as content/<samling>/<fil>, wherever the folder being compared lives.
  // (Rule paths are relative to `repo`, except the redirects file's, which is relative to `root`.)
  const asRepoPath = (file: string) => {
    const inside = [resolve(repo, file), resolve(root, file)].find((abs) => !relative(content, abs).startsWith('..'));
    return inside ? `content/${relative(content, inside)}` : file;
  };
  const problems = lintContent(files, { repoRoot: root, contentRoot: content, today }).map((p) => ({ ...p, file: asRepoPath(p.file) }));
  return { files, redirects: readRedirects(content).redirects, problems };
}

// The base's content folder, unpacked from git without touching the working tree.
const baseRoot = mkdtempSync(join(tmpdir(), 'vidensbasen-base-'));
try {
  const archive = spawnSync('git', ['archive', '--format=tar', ref, 'content'], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
  mkdirSync(join(baseRoot, 'content'), { recursive: true });
  if (archive.status !== 0) {
    const reason = archive.stderr.toString();
    if (!/did not match any files|pathspec/.test(reason)) throw new Error(`git archive ${ref} fejlede: ${reason}`);
  } else {
    const untar = spawnSync('tar', ['-x', '-C', baseRoot], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`Kunne ikke pakke ${ref} ud: ${untar.stderr.toString()}`);
  }
  const base = state(baseRoot, join(baseRoot, 'content'));
  const head = state(root, contentRoot(root));
  process.stdout.write(summarize(base, head));
} finally {
  rmSync(baseRoot, { recursive: true, force: true });
}
