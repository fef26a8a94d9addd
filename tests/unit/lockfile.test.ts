import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCKFILES } from '../../scripts/lockfile-platforms.mjs';

const root = resolve(import.meta.dirname, '../..');

/** `npm ci` refuses a lockfile that lacks optional platform packages (see scripts/lockfile-platforms.mjs). */
describe.each(LOCKFILES.map((path) => [relative(root, path), path]))('%s', (_name, path) => {
  it('lists every optional dependency, so `npm ci` accepts it on a fresh machine', () => {
    const lock = JSON.parse(readFileSync(path, 'utf8'));
    const packages: Record<string, { optionalDependencies?: Record<string, string> }> = lock.packages;
    const missing = Object.entries(packages).flatMap(([location, entry]) =>
      Object.keys(entry.optionalDependencies ?? {}).filter((name) => !packages[`node_modules/${name}`] && !packages[`${location}/node_modules/${name}`]),
    );
    expect(missing, 'Kør "node scripts/lockfile-platforms.mjs" efter npm install').toEqual([]);
  });
});
