import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
