import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { satisfies } from 'semver';
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
    expect(missing, 'Kør "npm run lock:platforms" efter npm install').toEqual([]);
  });
});

type Locked = { version?: string; peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }> };

/** The version of `name` that the package at `location` resolves to, as Node looks it up: nearest node_modules first. */
function resolvedVersion(packages: Record<string, Locked>, location: string, name: string): string | undefined {
  for (let from = location; ; from = from.slice(0, Math.max(0, from.lastIndexOf('/node_modules/')))) {
    const found = packages[from ? `${from}/node_modules/${name}` : `node_modules/${name}`];
    if (found?.version) return found.version;
    if (!from) return undefined;
  }
}

/**
 * Each peer range the installed tree does not meet prints an ERESOLVE block in `npm ci` (Decap's
 * older React packages printed 15 of them, about 300 lines). The fix lives at its cause: an
 * `overrides` entry in package.json that states the version the tree really uses.
 */
describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8'));
  const packages: Record<string, Locked> = lock.packages;
  const overrides: Record<string, unknown> = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).overrides ?? {};

  it('meets every peer range, or overrides it in package.json, so npm ci prints no ERESOLVE', () => {
    const unmet = Object.entries(packages).flatMap(([location, entry]) =>
      Object.entries(entry.peerDependencies ?? {}).flatMap(([peer, range]) => {
        const version = resolvedVersion(packages, location, peer);
        if (!version || satisfies(version, range, { includePrerelease: true })) return [];
        const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
        const override = overrides[name] as Record<string, string> | undefined;
        return override?.[peer] && satisfies(version, override[peer]) ? [] : [`${name} vil have ${peer}@${range}, men træet har ${version}`];
      }),
    );
    expect(unmet, 'Tilføj en "overrides"-post i package.json, der siger den version, træet bruger').toEqual([]);
  });
});
