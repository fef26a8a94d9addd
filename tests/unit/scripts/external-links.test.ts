import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll, checkUrl, externalLinks, failure, LINK_ISSUE_MARKER, linkReport } from '../../../scripts/lib/external-links.ts';
import { parseContentFile } from '../../../src/lib/content-files.ts';
import { stringify } from 'yaml';
import { VALID } from '../schemas/fixtures.ts';

/** A local server (loopback only) with one path per answer the checker must tell apart. */
let server: Server;
let base = '';
const seen: { method: string; path: string }[] = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ method: req.method ?? '', path });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => void (inFlight -= 1));
    if (path === '/ok') return void res.writeHead(200).end('ok');
    if (path === '/flyttet') return void res.writeHead(301, { location: '/ny-adresse' }).end();
    if (path === '/midlertidig') return void res.writeHead(302, { location: '/ok' }).end();
    if (path === '/ny-adresse') return void res.writeHead(200).end('ny');
    if (path === '/vaek') return void res.writeHead(404).end();
    if (path === '/fjernet') return void res.writeHead(410).end();
    if (path === '/langsom') return void setTimeout(() => res.writeHead(200).end(), 1_500);
    if (path === '/nulstil') return void req.socket.destroy();
    if (path === '/kun-get') return void res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    if (path.startsWith('/vent')) return void setTimeout(() => res.writeHead(200).end(), 100);
    res.writeHead(500).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const fast = { timeoutMs: 400, retries: 1, retryDelayMs: 10 };

describe('checking one address against a local server', () => {
  it('200 is alive', async () => {
    expect(await checkUrl(`${base}/ok`, fast)).toEqual({ kind: 'ok', status: 200 });
  });
  it('301 is moved, with the new address; a temporary 302 is not', async () => {
    expect(await checkUrl(`${base}/flyttet`, fast)).toEqual({ kind: 'moved', status: 301, location: `${base}/ny-adresse` });
    expect(await checkUrl(`${base}/midlertidig`, fast)).toEqual({ kind: 'ok', status: 200 });
  });
  it('404 and 410 are dead', async () => {
    expect(await checkUrl(`${base}/vaek`, fast)).toEqual({ kind: 'dead', reason: '404 siden findes ikke' });
    expect(await checkUrl(`${base}/fjernet`, fast)).toEqual({ kind: 'dead', reason: '410 siden er fjernet' });
  });
  it('a slow reply and a reset connection are unreachable this time, after a retry', async () => {
    seen.length = 0;
    expect(await checkUrl(`${base}/langsom`, fast)).toEqual({ kind: 'unreachable', reason: 'svarede ikke i tide' });
    expect(await checkUrl(`${base}/nulstil`, fast)).toEqual({ kind: 'unreachable', reason: 'forbindelsen blev afbrudt' });
    // A reset: HEAD, then GET, on each of two attempts. A timeout: HEAD only (GET would wait as long).
    expect(seen.filter((r) => r.path === '/nulstil').map((r) => r.method)).toEqual(['HEAD', 'GET', 'HEAD', 'GET']);
    expect(seen.filter((r) => r.path === '/langsom').map((r) => r.method)).toEqual(['HEAD', 'HEAD']);
  });
  it('asks again with GET when a server refuses HEAD', async () => {
    expect(await checkUrl(`${base}/kun-get`, fast)).toEqual({ kind: 'ok', status: 200 });
  });
  it('calls a missing domain or a bad certificate dead, a refused connection unreachable', () => {
    expect(failure(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }))).toEqual({ kind: 'dead', reason: 'domænet findes ikke (DNS)' });
    expect(failure(Object.assign(new TypeError('fetch failed'), { cause: { code: 'CERT_HAS_EXPIRED' } }))).toEqual({ kind: 'dead', reason: 'certifikatet kan ikke godkendes (CERT_HAS_EXPIRED)' });
    expect(failure(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))).toEqual({ kind: 'unreachable', reason: 'serveren afviste forbindelsen' });
  });
});

describe('checking many', () => {
  it('keeps to the limit per host and returns the results in order', async () => {
    maxInFlight = 0;
    const links = Array.from({ length: 6 }, (_, i) => ({ url: `${base}/vent-${i}`, pages: ['/a/'] }));
    const results = await checkAll(links, { ...fast, perHost: 2, concurrency: 8 });
    expect(results.map((r) => r.link.url)).toEqual(links.map((l) => l.url));
    expect(results.every((r) => r.verdict.kind === 'ok')).toBe(true);
    expect(maxInFlight).toBe(2);
  });
});

describe('the addresses the site links to', () => {
  const org = (id: string, data: object, body: string) =>
    parseContentFile('organisationer', `content/organisationer/${id}.mdx`, `---\n${stringify({ ...VALID.organisationer, ...data })}---\n\n${body}\n`);
  it('come from fields and body links of published entries, with the pages that use them', () => {
    const files = [
      org('a', { hjemmeside: 'https://eksempel.dk/' }, 'Se [siden](https://eksempel.dk/om#team) og <https://andet.dk/x>.\n\n`[ikke](https://kode.dk/)`'),
      org('b', { hjemmeside: 'https://eksempel.dk/' }, 'Læs [her](/rammer/x/) og [hjem](https://vidensbasen.example/om/).'),
      org('c', { hjemmeside: 'https://udkast.dk/', status: 'udkast' }, 'Tekst.'),
    ];
    const links = externalLinks(files, 'https://vidensbasen.example');
    const urls = links.map((l) => l.url);
    expect(urls).toContain('https://andet.dk/x');
    expect(urls).toContain('https://eksempel.dk/om');
    expect(links.find((l) => l.url === 'https://eksempel.dk/')?.pages).toEqual(['/organisationer/a/', '/organisationer/b/']);
    expect(urls).not.toContain('https://kode.dk/');
    expect(urls).not.toContain('https://udkast.dk/');
    expect(urls.some((u) => u.includes('vidensbasen.example'))).toBe(false);
  });
});

describe('the report', () => {
  it('lists dead, moved and unreachable addresses with their pages, under the issue marker', () => {
    const { body, problems } = linkReport([
      { link: { url: 'https://a.dk/', pages: ['/x/'] }, verdict: { kind: 'ok', status: 200 } },
      { link: { url: 'https://b.dk/', pages: ['/x/', '/y/'] }, verdict: { kind: 'dead', reason: '404 siden findes ikke' } },
      { link: { url: 'https://c.dk/', pages: ['/z/'] }, verdict: { kind: 'moved', status: 301, location: 'https://c.dk/ny' } },
      { link: { url: 'https://d.dk/', pages: ['/z/'] }, verdict: { kind: 'unreachable', reason: 'svarede ikke i tide' } },
    ], '7. december 2026');
    expect(problems).toBe(3);
    expect(body.startsWith(LINK_ISSUE_MARKER)).toBe(true);
    expect(body).toContain('prøvede 4 eksterne adresser, som stedet linker til: 1 død, 1 flyttet og 1, der ikke kunne nås denne gang.');
    expect(body).toContain('- https://b.dk/ – 404 siden findes ikke. Bruges på `/x/`, `/y/`');
    expect(body).toContain('- https://c.dk/ → https://c.dk/ny (301). Bruges på `/z/`');
    expect(body).toContain('- https://d.dk/ – svarede ikke i tide. Bruges på `/z/`');
  });
});
