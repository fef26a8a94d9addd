import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort } from '../../../scripts/lib/static-site.mjs';

const root = resolve(import.meta.dirname, '../../..');
const node = process.execPath;

/** A throwaway git repository holding a copy of content/ on branch `main` (the real content/ is never touched). */
export function throwawayRepo(): { dir: string; repo: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vidensbasen-editor-'));
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', 'Indhold');
  return { dir, repo };
}

/** Runs decap-server in git mode (editorial workflow) on a repository; resolves when it listens. */
export async function startDecapServer(repo: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(node, [resolve(root, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'git', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && done());
    child.on('exit', (code) => fail(new Error(`decap-server stoppede med kode ${code}`)));
  });
  return { url: `http://localhost:${port}/api/v1`, stop: () => child.kill() };
}

/** The content cache astro.config.mjs gives a build of another corpus (removed after the test). */
export function corpusCacheDir(content: string): string {
  return join(root, 'node_modules/.astro-korpus', createHash('sha1').update(resolve(content)).digest('hex').slice(0, 12));
}

/** Builds a corpus with scripts/build.mjs into `out`, with extra environment variables. */
export function buildCorpus(content: string, out: string, env: Record<string, string> = {}): void {
  execFileSync(node, [resolve(root, 'scripts/build.mjs'), '--content', content, '--out', out, '--quiet'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Runs `npm run tjek` on a content folder; returns the exit code and output. */
export function tjek(content: string): { code: number; output: string } {
  try {
    const output = execFileSync(node, [resolve(root, 'scripts/tjek.ts')], { cwd: root, env: { ...process.env, VIDENSBASEN_CONTENT: content }, encoding: 'utf8' });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, output: e.stdout };
  }
}

/** Git in the throwaway repository. */
export function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}

/** The input of a Decap field, found through its label (`<label for="navn-field-9">`). */
export async function fieldInput(page: Page, name: string, within = 'body') {
  const id = await page.locator(`${within} label[for^="${name}-field-"]`).first().getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Chooses options in a Decap select or relation widget by typing and picking the matching option. */
export async function choose(page: Page, name: string, ...texts: string[]): Promise<void> {
  const input = await fieldInput(page, name);
  for (const text of texts) {
    await input.click();
    await input.fill(text);
    await page.locator('[class*="-option"]', { hasText: text }).first().click();
  }
}
