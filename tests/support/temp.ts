import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Folders made by tempDir in this test file, removed after it (tests/support/setup.ts). */
const made = new Set<string>();

/** A new empty folder under the system's temp folder, removed when the test file is done. */
export function tempDir(prefix = 'vidensbasen-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder tempDir made; returns how many. */
export function removeTempDirs(): number {
  const count = made.size;
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
  return count;
}

/** Writes `{ 'path/in/dir': text }` into `dir`, making the folders on the way; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A new temporary folder (see tempDir) holding `files`. */
export const fileTree = (files: Record<string, string>, prefix?: string): string => writeFiles(tempDir(prefix), files);
