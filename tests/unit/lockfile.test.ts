import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm ci` refuses a lockfile that lacks optional platform packages (see scripts/lockfile-platforms.mjs). */
describe('package-lock.json', () => {
  it('lists every optional dependency, so `npm ci` accepts it on a fresh machine', () => {
    const lock = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package-lock.json'), 'utf8'));
    const packages: Record<string, { optionalDependencies?: Record<string, string> }> = lock.packages;
    const missing = Object.entries(packages).flatMap(([location, entry]) =>
      Object.keys(entry.optionalDependencies ?? {}).filter((name) => !packages[`node_modules/${name}`] && !packages[`${location}/node_modules/${name}`]),
    );
    expect(missing, 'Kør "node scripts/lockfile-platforms.mjs" efter npm install').toEqual([]);
  });
});
