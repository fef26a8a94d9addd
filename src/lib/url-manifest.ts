import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built-site.ts';

/**
 * Every address the published site has had, one per line. A build test checks that each still
 * answers (as a page or a redirect), so a renamed or deleted entry cannot silently break links
 * from outside. `npm run url-manifest` adds the addresses of a new build; lines are never removed
 * by tools.
 */
export const MANIFEST_FILE = 'url-manifest.txt';

const HEADER = `# Adresser, som det publicerede sted har haft. Hver af dem skal stadig virke, som side eller
# omdirigering (content/omdirigeringer.yaml). npm run url-manifest tilføjer nye; slet aldrig en linje.
`;

/** The addresses in the manifest. */
export function readManifest(repoRoot: string): string[] {
  const file = join(repoRoot, MANIFEST_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** Writes the manifest, sorted and without duplicates. */
export function writeManifest(repoRoot: string, urls: Iterable<string>): void {
  const sorted = [...new Set(urls)].sort();
  writeFileSync(join(repoRoot, MANIFEST_FILE), `${HEADER}${sorted.join('\n')}\n`);
}

/** Adds addresses to the manifest; returns those that were new. */
export function addToManifest(repoRoot: string, urls: Iterable<string>): string[] {
  const existing = new Set(readManifest(repoRoot));
  const added = [...urls].filter((u) => !existing.has(u));
  if (added.length) writeManifest(repoRoot, [...existing, ...added]);
  return added;
}

/** The HTML pages of a built site as addresses (`/om/`), without the 404 page and search files. */
export function builtUrls(distDir: string): string[] {
  return builtPages(distDir).map((page) => page.path).filter((path) => path.endsWith('/'));
}
