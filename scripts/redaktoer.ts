/**
 * `npm run redaktoer`: the web editor on your own clone, without GitHub. Starts Decap's local
 * backend (decap-server in git mode, the mode that supports the editorial workflow: each save is a
 * local branch `cms/<samling>/<navn>`) and the Astro dev server, both on localhost only. Open
 * http://localhost:4321/admin/. Ctrl-C stops both. DECAP_SERVER_PORT changes the backend's port;
 * saves go to branches made from the branch you have checked out (or REPO_BRANCH).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = process.env['DECAP_SERVER_PORT'] ?? '8081';
const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
// decap-server checks out the configured branch: locally that is the branch you have checked out.
const branch = process.env['REPO_BRANCH'] ?? execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();

const children: ChildProcess[] = [
  spawn(process.execPath, [decapServer], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MODE: 'git', PORT: port, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root },
  }),
  spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, REPO_BRANCH: branch, DECAP_LOCAL_BACKEND: `http://localhost:${port}/api/v1` },
  }),
];

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
console.log(`Webeditoren: http://localhost:4321/admin/ (lokal backend på port ${port}). Ctrl-C stopper begge.`);
