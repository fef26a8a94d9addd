import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readAllContent } from './content-files.ts';

/** `.github/ejere.yaml`: the owner → GitHub team mapping. */
export const OWNERS_FILE = '.github/ejere.yaml';
export const CODEOWNERS_FILE = '.github/CODEOWNERS';

interface OwnerMap {
  standard: string;
  udviklere: string;
  ejere: Record<string, string>;
}

/** Paths where a change could affect what is built, run or published: developers review them too. */
const GUARDED = [
  '/.github/', '/.ci/', '/package.json', '/package-lock.json', '/astro.config.mjs', '/src/content.config.ts',
  '/src/plugins/', '/src/lib/lint/', '/src/schemas/', '/scripts/', '/content/undtagelser.yaml', '/content/omdirigeringer.yaml', '/url-manifest.txt',
];

/** Reads the mapping from the repository. */
export function readOwnerMap(repoRoot: string): OwnerMap {
  return parse(readFileSync(join(repoRoot, OWNERS_FILE), 'utf8')) as OwnerMap;
}

/**
 * The text of CODEOWNERS: code to the developers, content to its owner's team (the standard
 * team when that is the owner), and guarded files to the developers as well. GitHub lets the
 * last matching line win, so the guarded paths come last. Throws (in Danish) for an owner that
 * has no team in ejere.yaml.
 */
export function generateCodeowners(entries: { path: string; ejer: unknown }[], owners: OwnerMap): string {
  const unknown = entries.filter((e) => typeof e.ejer !== 'string' || !owners.ejere[e.ejer]);
  if (unknown.length) {
    const list = unknown.map((e) => `${e.path} (ejer: ${String(e.ejer)})`).join(', ');
    throw new Error(`Disse ejere har ikke et team i ${OWNERS_FILE}: ${list}. Tilføj ejeren under "ejere:" med teamets GitHub-navn.`);
  }
  const special = entries
    .filter((e) => owners.ejere[e.ejer as string] !== owners.standard)
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((e) => `/${e.path} ${owners.ejere[e.ejer as string]}`);
  return [
    `# Genereret af npm run generer ud fra felterne "ejer" og ${OWNERS_FILE}. Ret ikke i hånden.`,
    '',
    '# Kode og opsætning',
    `* ${owners.udviklere}`,
    '',
    '# Indhold: hver post godkendes af ejerens team',
    `/content/ ${owners.standard}`,
    ...special,
    '',
    '# Filer, der styrer bygning, sikkerhed og publicering, godkendes også af udviklerne',
    ...GUARDED.map((path) => `${path} ${path.startsWith('/content/') || path === '/url-manifest.txt' ? `${owners.standard} ` : ''}${owners.udviklere}`),
    '',
  ].join('\n');
}

/** CODEOWNERS as it should be for the content under `contentRoot`. */
export function expectedCodeowners(repoRoot: string, contentRoot: string): string {
  const entries = readAllContent(contentRoot, repoRoot).map((file) => ({ path: file.path, ejer: (file.data as { ejer?: unknown }).ejer }));
  return generateCodeowners(entries, readOwnerMap(repoRoot));
}

/** Writes .github/CODEOWNERS. */
export function writeCodeowners(repoRoot: string, contentRoot: string): void {
  writeFileSync(join(repoRoot, CODEOWNERS_FILE), expectedCodeowners(repoRoot, contentRoot));
}
