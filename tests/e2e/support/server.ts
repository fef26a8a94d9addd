import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createServer } from 'node:net';

const root = resolve(import.meta.dirname, '../../..');

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('ingen port'))));
    });
  });
}

/** How the site is served: `headers` sends the site's _headers file, `csp` adds a full CSP header. */
export interface ServeOptions {
  headers?: boolean;
  csp?: string;
}

/** Serves a built site (default dist/) with scripts/serve.mjs; returns its base URL and a stop function. */
export async function serveSite(dir = 'dist', options: ServeOptions = {}): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const flags = [...(options.headers ? ['--headers'] : []), ...(options.csp ? ['--csp', options.csp] : [])];
  const child: ChildProcess = spawn(process.execPath, [resolve(root, 'scripts/serve.mjs'), dir, ...flags], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('kører på') && done());
    child.on('exit', (code) => fail(new Error(`serve.mjs stoppede med kode ${code}`)));
  });
  return { url: `http://localhost:${port}`, stop: () => child.kill() };
}
