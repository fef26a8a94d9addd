/**
 * Works around an npm 11 bug (npm/cli#9342): `npm install` on this registry setup leaves the
 * optional platform packages of other systems (darwin, win32, arm64 …) out of package-lock.json,
 * and `npm ci` then refuses the lockfile ("Missing: …@ from lock file"). This adds an entry for each
 * missing optional package, with the version its parent asks for and the os/cpu its name states.
 * The registry reached here does not serve other platforms' packages, so they cannot be looked up;
 * npm skips optional packages for other platforms, and `npm ci` works everywhere.
 * Run it after `npm install` changes a lockfile (it fixes all of them, see LOCKFILES):
 *   npm run lock:platforms
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** The os and cpu a platform package is built for, read from its name (e.g. `…-darwin-arm64`). */
function platformOf(name) {
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'sunos', 'aix'].find((o) => name.includes(`-${o}`) || name.includes(`/${o}`))
    ?? (name.includes('windows') ? 'win32' : undefined);
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'].find((c) => new RegExp(`[-/]${c}(?:-|$)`).test(name));
  return { ...(cpu && cpu !== 'wasm32' ? { cpu: [cpu] } : {}), ...(os ? { os: [os] } : {}) };
}

/**
 * The lockfiles `npm ci` installs from: the project's, and the bench's Starlight reference site,
 * which has its own (scripts/bench/starlight/, installed only by `npm run bench -- --starlight`).
 */
export const LOCKFILES = ['package-lock.json', 'scripts/bench/starlight/package-lock.json'].map((file) => resolve(import.meta.dirname, '..', file));

/** Adds the missing optional platform packages to one lockfile; returns how many it added. */
function fixLockfile(path) {
  const lock = JSON.parse(readFileSync(path, 'utf8'));
  const packages = lock.packages;
  let added = 0;
  for (const [location, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (packages[key] || packages[`${location}/node_modules/${name}`]) continue;
      packages[key] = { version: String(range).replace(/^[\^~=]/, ''), dev: entry.dev, optional: true, ...platformOf(name) };
      added += 1;
      console.log(`tilføjet ${key}@${packages[key].version}`);
    }
  }
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  return added;
}

if (import.meta.main) {
  for (const path of LOCKFILES) console.log(`${fixLockfile(path)} manglende platformspakker tilføjet til ${relative(process.cwd(), path)}.`);
}
