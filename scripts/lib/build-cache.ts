/**
 * When `npm run build` may keep Astro's content cache. The cache (data-store.json in Astro's
 * cacheDir) holds each entry's parsed and validated data; Astro re-reads an entry only when its
 * file changed. It does not know when our remark/rehype plugins, schemas or their helpers changed,
 * so a stale cache could hide such a change (docs/sikkerhed.md, R7). A key over everything that
 * decides the output besides the entries themselves is stored next to the cache: the build keeps
 * the cache only when the key matches, and otherwise clears it and builds with `--force`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONTENT_ENV, contentRoot } from '../../src/lib/content-files.ts';

/**
 * What decides the output besides the entries: plugins, schemas, the libraries they use (the lint
 * rules the guard runs, UI strings), the collection config, Astro's config and the lockfile.
 */
export const KEY_SOURCES = ['src/plugins', 'src/schemas', 'src/lib', 'src/content.config.ts', 'astro.config.mjs', 'package-lock.json'] as const;
/** The file next to the cache that holds the key of the build that filled it. */
export const KEY_FILE = 'vidensbasen-cache-key.json';

/**
 * Astro's cacheDir for a build: VIDENSBASEN_CACHE_DIR if set (CI restores it with actions/cache,
 * tests point it at a temp folder), else one folder per other corpus, else Astro's default.
 */
export function astroCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env['VIDENSBASEN_CACHE_DIR']) return resolve(root, env['VIDENSBASEN_CACHE_DIR']);
  if (env[CONTENT_ENV]) return join(root, 'node_modules/.astro-korpus', createHash('sha1').update(contentRoot(root, env)).digest('hex').slice(0, 12));
  return join(root, 'node_modules/.astro');
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => filesUnder(join(path, d.name)));
}

/**
 * The key: a hash of every key source file (path and content), the Node version, Astro's version
 * and the content folder (so one cacheDir set with VIDENSBASEN_CACHE_DIR never mixes two corpora).
 */
export function buildCacheKey(root: string, contentRoot: string, sources: readonly string[] = KEY_SOURCES): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap((s) => filesUnder(join(root, s)))) {
    hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  const astro = join(root, 'node_modules/astro/package.json');
  const astroVersion = existsSync(astro) ? (JSON.parse(readFileSync(astro, 'utf8')) as { version: string }).version : 'ukendt';
  return hash.update(`node ${process.version}\0astro ${astroVersion}\0indhold ${resolve(contentRoot)}`).digest('hex');
}

/** What the build does with the cache, and why (shown in the build log). */
export interface CacheDecision {
  keep: boolean;
  reason: string;
}

/**
 * Keeps the cache when it was filled by a build with the same key; otherwise removes the whole
 * cacheDir, so nothing of the old build survives. The key is removed too until the build succeeds.
 */
export function prepareCache(cacheDir: string, key: string, force = false): CacheDecision {
  const file = join(cacheDir, KEY_FILE);
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { key?: string }).key : undefined;
  const keep = !force && stored === key && existsSync(join(cacheDir, 'data-store.json'));
  if (keep) return { keep, reason: 'genbrugt (plugins, skemaer, konfiguration, låsefil og versioner er uændrede)' };
  rmSync(cacheDir, { recursive: true, force: true });
  const reason = force ? 'ryddet (--force)' : stored === undefined ? 'ryddet (ingen nøgle fra en tidligere bygning)' : 'ryddet (plugins, skemaer, konfiguration, låsefil eller versioner er ændret)';
  return { keep, reason };
}

/** Stores the key after a successful build, so the next build may keep the cache. */
export function recordCache(cacheDir: string, key: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, KEY_FILE), `${JSON.stringify({ key, node: process.version }, null, 2)}\n`);
}

/**
 * Forgets the key, so the next build clears the cache and starts cold. Used when a build was
 * stopped part-way (the lint refused an entry while Astro was still writing its cache).
 */
export function forgetCache(cacheDir: string): void {
  rmSync(join(cacheDir, KEY_FILE), { force: true });
}
