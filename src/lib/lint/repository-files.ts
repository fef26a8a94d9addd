import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import { REDIRECTS_FILE } from '../redirects.ts';
import { ALLOWLIST_FILE } from './allowlist.ts';

/**
 * What a pull request from GitHub's own editor or a fork can carry that the web editor cannot:
 * symbolic links to places outside the repository, and files of kinds or in places the site does
 * not expect. Like Jekyll's safe mode (GitHub Pages), the build never follows a symbolic link in
 * the folders it reads: each one, and each unexpected file, is refused by name (KB030).
 */
export interface TreeScan {
  /** Files and folders to refuse, as repository paths, each with what to do. */
  refused: { path: string; message: string }[];
  /** The text files besides the entries that reach readers or the lint (for KB031). */
  texts: { path: string; source: string }[];
}

/** The folders the lint, the build or the web editor read, besides content/. */
const READ_FOLDERS = ['public', 'data', 'src'];
/** What content/ holds: one folder per collection and the two editorial lists. */
const CONTENT_FILES = new Set([REDIRECTS_FILE, ALLOWLIST_FILE]);
/** Files public/ may serve as they are: images, PDF, plain text, and the server's header rules. */
const PUBLIC_NAME = /^(?:_headers|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:svg|png|jpe?g|webp|avif|ico|pdf|txt))$/;
const PUBLIC_TEXT = /(?:^_headers|\.(?:svg|txt))$/;
const FOLDER_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** What an SVG served from the site's own address must not hold: it would run as the site's own script. */
const UNSAFE_SVG = /<script\b|<foreignObject\b|\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*(?:javascript:|data:text\/html|https?:)|url\(\s*["']?https?:/i;

const repoPath = (repoRoot: string, path: string) => relative(repoRoot, path).split(sep).join('/');

function symlinkMessage(path: string): string {
  let target = '?';
  try {
    target = readlinkSync(path);
  } catch {
    // An unreadable link is refused all the same.
  }
  return `Filen er en symbolsk henvisning (symlink) til ${target}. Byggeriet og tjekket følger aldrig en henvisning, så intet uden for repositoryet kan komme med på stedet. Læg selve filen her i stedet, eller slet henvisningen.`;
}

/** Every entry below `dir`, depth first, without following links: [absolute path, is folder, is link]. */
function* walk(dir: string): Generator<[path: string, folder: boolean, link: boolean]> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    yield [path, entry.isDirectory(), entry.isSymbolicLink()];
    if (entry.isDirectory()) yield* walk(path);
  }
}

function scanContent(repoRoot: string, contentRoot: string, scan: TreeScan): void {
  if (!existsSync(contentRoot)) return;
  const collections = COLLECTIONS.keys as readonly string[];
  for (const [path, folder, link] of walk(contentRoot)) {
    const parts = relative(contentRoot, path).split(sep);
    const at = repoPath(repoRoot, path);
    if (link) scan.refused.push({ path: at, message: symlinkMessage(path) });
    else if (parts.length === 1 && folder && !collections.includes(parts[0]!)) {
      scan.refused.push({ path: at, message: `Mappen ${parts[0]} er ikke en samling og bliver aldrig læst. Samlingerne er: ${collections.join(', ')}. Flyt filerne til den rigtige samling.` });
    } else if (parts.length === 1 && !folder) {
      if (CONTENT_FILES.has(parts[0]!)) scan.texts.push({ path: at, source: readFileSync(path, 'utf8') });
      else scan.refused.push({ path: at, message: `Filen hører ikke til i content/, som kun har en mappe pr. samling og ${[...CONTENT_FILES].join(' og ')}. Læg en post i sin samlings mappe.` });
    } else if (parts.length === 2 && folder) {
      scan.refused.push({ path: at, message: 'En mappe inde i en samling bliver aldrig læst. Læg posterne direkte i samlingens mappe.' });
    } else if (parts.length === 2 && parts[1]!.startsWith('.')) {
      scan.refused.push({ path: at, message: 'Skjulte filer (navne, der begynder med et punktum) hører ikke til i en samling. Slet filen.' });
    }
  }
}

function scanPublic(repoRoot: string, scan: TreeScan): void {
  const dir = join(repoRoot, 'public');
  if (!existsSync(dir)) return;
  for (const [path, folder, link] of walk(dir)) {
    const at = repoPath(repoRoot, path);
    const name = path.slice(path.lastIndexOf(sep) + 1);
    if (link) continue; // refused with the other read folders below
    if (folder) {
      if (!FOLDER_NAME.test(name)) scan.refused.push({ path: at, message: `Mappenavne i public/ må kun have små bogstaver a-z, tal og bindestreger. Omdøb mappen, fx til ${name.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}.` });
      continue;
    }
    if (!PUBLIC_NAME.test(name)) {
      scan.refused.push({ path: at, message: 'public/ udgiver filer, som de er, uden indholdstjekket: kun billeder (svg, png, jpg, webp, avif, ico), pdf, txt og _headers er tilladt, med navne af små bogstaver, tal og bindestreger. En side eller et script hører til i src/, tekst i content/.' });
      continue;
    }
    if (!PUBLIC_TEXT.test(name)) continue;
    const source = readFileSync(path, 'utf8');
    scan.texts.push({ path: at, source });
    if (name.endsWith('.svg') && UNSAFE_SVG.test(source)) {
      scan.refused.push({ path: at, message: 'SVG-filen har script, hændelsesattributter (on…=), foreignObject eller henvisninger til andre steder. Den ville køre som stedets eget script: gem billedet som et rent SVG uden dem, eller som PNG.' });
    }
  }
}

/** Scans content/, public/, data/ and src/ of the repository at `repoRoot` (content from `contentRoot`). */
export function scanRepositoryFiles(repoRoot: string, contentRoot: string): TreeScan {
  const scan: TreeScan = { refused: [], texts: [] };
  scanContent(repoRoot, contentRoot, scan);
  scanPublic(repoRoot, scan);
  for (const folder of READ_FOLDERS) {
    const dir = join(repoRoot, folder);
    if (!existsSync(dir) || lstatSync(dir).isSymbolicLink()) {
      if (existsSync(dir)) scan.refused.push({ path: folder, message: symlinkMessage(dir) });
      continue;
    }
    for (const [path, , link] of walk(dir)) if (link) scan.refused.push({ path: repoPath(repoRoot, path), message: symlinkMessage(path) });
  }
  return scan;
}
