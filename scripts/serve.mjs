/**
 * `npm run serve` (and the second half of `npm start`): serves the built site from dist/ on
 * localhost, with the 404 page, directory indexes and the MIME types Pagefind needs.
 * PORT and HOST may be set in the environment; the default is http://localhost:4321/.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
  '.atom': 'application/atom+xml; charset=utf-8',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Der er intet bygget websted i ${root}. Kør "npm run build" først (eller "npm start", som gør begge dele).`);
  process.exit(1);
}

/** Maps a URL path to a file in the site, or undefined. Never leaves the site folder. */
function fileFor(pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file;
  try {
    file = fileFor(url.pathname);
  } catch {
    file = undefined;
  }
  if (!file && !url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  res.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' });
  createReadStream(path).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Vidensbasen kører på http://localhost:${port}/  (stop med Ctrl+C)`);
});
