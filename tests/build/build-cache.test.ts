import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDist } from '../../scripts/bench/compare-dist.ts';
import { writeCorpus } from '../../scripts/bench/generate.ts';
import { EXTERNAL_LINK_NOTE } from '../../src/plugins/external-links.ts';

/**
 * The build's caches (scripts/lib/build-cache.ts, scripts/lib/mdx-cache.ts) on a copy of the
 * project in a temp folder, so a plugin can be changed without touching the real one: a warm
 * build after one changed entry gives the same site as a cold build, and a changed plugin clears
 * the caches and shows in the output (docs/sikkerhed.md, R7).
 */
const root = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'vidensbasen-cache-build-'));
const copy = join(temp, 'projekt');
const content = join(temp, 'content');
const cache = join(temp, 'cache');
const marker = join(cache, 'markør');
const plugin = join(copy, 'src/plugins/external-links.ts');
const CHANGED_NOTE = '(ekstern side, ændret plugin)';

/** Runs the copy's build script; the cache lives in the temp folder, not in node_modules. */
function build(out: string, ...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(key)));
  const result = spawnSync(process.execPath, [join(copy, 'scripts/build.mjs'), '--content', content, '--out', join(temp, out), ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...env, VIDENSBASEN_CACHE_DIR: cache, PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`Byggeriet fejlede:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const logs: Record<string, string> = {};
/** The entry the warm build sees changed: the first example. */
let changed = '';

beforeAll(() => {
  for (const path of ['src', 'scripts', 'public', 'data', '.github/ejere.yaml', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    cpSync(join(root, path), join(copy, path), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  writeCorpus(120, content);
  changed = readdirSync(join(content, 'eksempler')).sort()[0] ?? '';
  logs['first'] = build('dist-first');
  writeFileSync(marker, 'fra første bygning');
  const entry = join(content, 'eksempler', changed);
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^## (.*)$/m, '## $1, nu ændret'));
  logs['warm'] = build('dist-warm');
  logs['cold'] = build('dist-cold', '--force');
  writeFileSync(marker, 'fra den kolde bygning');
  writeFileSync(plugin, readFileSync(plugin, 'utf8').replace(`'${EXTERNAL_LINK_NOTE}'`, `'${CHANGED_NOTE}'`));
  logs['plugin'] = build('dist-plugin');
}, 900_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the build caches', () => {
  it('a warm build after one changed entry keeps the caches and gives the same site as a cold build, file for file', () => {
    expect(logs['first']).toMatch(/Indholds-cache: ryddet \(ingen nøgle/);
    expect(logs['warm']).toMatch(/Indholds-cache: genbrugt/);
    expect(logs['cold']).toMatch(/Indholds-cache: ryddet \(--force\)/);
    const page = readFileSync(join(temp, 'dist-warm/eksempler', changed.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
    expect(page).toContain(', nu ændret</h2>');
    expect(compareDist(join(temp, 'dist-warm'), join(temp, 'dist-cold'))).toEqual([]);
    expect(compareDist(join(temp, 'dist-first'), join(temp, 'dist-warm')).length).toBeGreaterThan(0);
  });

  it('a changed plugin clears the caches, and the output shows the change', () => {
    expect(logs['plugin']).toMatch(/Indholds-cache: ryddet \(plugins, skemaer, konfiguration, låsefil eller versioner er ændret\)/);
    expect(existsSync(marker)).toBe(false);
    const organisation = readdirSync(join(temp, 'dist-plugin/organisationer')).sort().find((name) => name !== 'side' && name !== 'index.html');
    const html = readFileSync(join(temp, 'dist-plugin/organisationer', organisation ?? '', 'index.html'), 'utf8');
    expect(html).toContain(CHANGED_NOTE);
    expect(readFileSync(join(temp, 'dist-cold/organisationer', organisation ?? '', 'index.html'), 'utf8')).not.toContain(CHANGED_NOTE);
  });
});
