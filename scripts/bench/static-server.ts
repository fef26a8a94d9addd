/**
 * A small static server for a built site on a free loopback port, counting the bytes it sends so
 * the benchmark can report what a search fetched (including requests from Pagefind's Web Worker,
 * which the page's own resource timing does not see). Serves 404.html for missing paths.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Serves `dir`; `take()` returns the bytes sent since the last call. */
export async function serveDir(dir: string) {
  let bytes = 0;
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
    const found = [path, join(path, 'index.html')].find((p) => p.startsWith(dir) && existsSync(p) && statSync(p).isFile());
    const file = found ?? join(dir, '404.html');
    const size = existsSync(file) ? statSync(file).size : 0;
    bytes += size;
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size, 'Cache-Control': 'max-age=3600' });
    if (size) createReadStream(file).pipe(res);
    else res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    take: () => {
      const sent = bytes;
      bytes = 0;
      return sent;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
