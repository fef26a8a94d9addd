/**
 * The one static server for a built site, on sirv (a well-kept static-file handler; its MIME table
 * is mrmime's): `npm run serve`, the browser tests, the search benchmark and Lighthouse all use it,
 * so they see the site as a static host serves it – directory indexes, a redirect from /x to /x/,
 * 404.html with status 404, `_headers` never served.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/** Types a browser decodes as text: sent with their charset, as hosts do. */
const TEXT = /^(text\/|application\/(json|xml|atom\+xml|manifest\+json|javascript))/;

/** The Content-Type of a path as served (a folder is its index.html). */
export function contentTypeOf(pathname) {
  const type = lookup(pathname.endsWith('/') ? 'index.html' : pathname);
  if (!type) return 'application/octet-stream';
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * @typedef {object} SiteServerOptions
 * @property {boolean} [headers] send the headers of the site's `_headers` file, as Netlify/Cloudflare do
 * @property {string} [csp] also send this Content-Security-Policy header on every response
 * @property {number} [maxAge] Cache-Control max-age in seconds (the benchmark's warm search); none by default
 * @property {(bytes: number, pathname: string) => void} [onSend] told the size of every file sent
 */

/**
 * An http.Server for the built site in `root` (not yet listening).
 * @param {string} root
 * @param {SiteServerOptions} [options]
 */
export function createSiteServer(root, options = {}) {
  const dir = resolve(root);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`Der er intet bygget websted i ${dir}. Kør "npm run build" først (eller "npm start", som gør begge dele).`);
  }
  if (options.headers && !existsSync(join(dir, '_headers'))) throw new Error(`--headers: der er ingen _headers-fil i ${dir}.`);
  const rules = options.headers ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];

  /** Content type, nosniff, the _headers rules (if asked for) and the extra CSP, set on the response. */
  const setHeaders = (res, pathname, size) => {
    res.setHeader('Content-Type', contentTypeOf(pathname));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const csp = [];
    for (const [name, value] of headersFor(rules, pathname)) {
      if (name.toLowerCase() === 'content-security-policy') csp.push(value);
      else res.setHeader(name, value);
    }
    if (options.csp) csp.push(options.csp);
    if (csp.length > 0) res.setHeader('Content-Security-Policy', csp);
    options.onSend?.(size, pathname);
  };
  const files = sirv(dir, {
    extensions: ['html'],
    maxAge: options.maxAge,
    setHeaders: (res, pathname, stats) => setHeaders(res, pathname, stats.size),
  });
  const notFound = join(dir, '404.html');

  /** 404.html with status 404. */
  const sendNotFound = (res) => {
    const body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from('Ikke fundet');
    res.statusCode = 404;
    setHeaders(res, '/404.html', body.length);
    res.setHeader('Content-Length', body.length);
    res.end(body);
  };
  /** Whether /x names a folder with an index, which a host answers with a redirect to /x/. */
  const isFolder = (pathname) => {
    if (pathname.endsWith('/') || extname(pathname)) return false;
    try {
      return existsSync(join(dir, decodeURIComponent(pathname), 'index.html'));
    } catch {
      return false;
    }
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Hosts read _headers but never serve it.
    if (url.pathname === '/_headers') return sendNotFound(res);
    if (isFolder(url.pathname)) return res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    files(req, res, () => sendNotFound(res));
  });
}

/**
 * Serves the site in `root` on loopback; `port` 0 picks a free one.
 * @param {string} root
 * @param {SiteServerOptions & { port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serveSite(root, options = {}) {
  const server = createSiteServer(root, options);
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://localhost:${port}`, port, close: () => new Promise((done) => server.close(() => done())) };
}

/** A free TCP port on loopback (for servers we start as other processes, e.g. decap-server). */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('ingen port'))));
    });
  });
}
