/**
 * `npm run serve` (and the second half of `npm start`): serves the built site from dist/ on
 * localhost, with the 404 page, directory indexes and the MIME types Pagefind needs.
 * PORT and HOST may be set in the environment; the default is http://localhost:4321/.
 * Options (used by the browser tests to serve the site as a host with headers would):
 *   --headers         send the headers of the site's _headers file, as Netlify/Cloudflare do
 *   --csp "<policy>"  also send this Content-Security-Policy header on every response
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { headers: { type: 'boolean', default: false }, csp: { type: 'string' } },
});
const root = resolve(import.meta.dirname, '..', positionals[0] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.yml': 'text/yaml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
  '.atom': 'application/atom+xml; charset=utf-8',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Der er intet bygget websted i ${root}. Kør "npm run build" først (eller "npm start", som gør begge dele).`);
  process.exit(1);
}

if (options.headers && !existsSync(join(root, '_headers'))) {
  console.error(`--headers: der er ingen _headers-fil i ${root}.`);
  process.exit(1);
}
const headerRules = options.headers ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

/** The response headers for a path: content type, the _headers rules (if asked for) and the extra CSP. */
function headersOf(pathname, path) {
  const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' };
  for (const [name, value] of headersFor(headerRules, pathname)) {
    headers[name] = name in headers && name.toLowerCase() === 'content-security-policy' ? [headers[name], value].flat() : value;
  }
  if (options.csp) headers['Content-Security-Policy'] = [headers['Content-Security-Policy'] ?? [], options.csp].flat();
  return headers;
}

/** Maps a URL path to a file in the site, or undefined. Never leaves the site folder. */
function fileFor(pathname) {
  const decoded = decodeURIComponent(pathname);
  // Hosts read _headers but never serve it.
  if (decoded === '/_headers') return undefined;
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
  res.writeHead(status, headersOf(url.pathname, path));
  createReadStream(path).on('error', () => res.destroy()).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Vidensbasen kører på http://localhost:${port}/  (stop med Ctrl+C)`);
});
