import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, freePort, serveSite } from '../../../scripts/lib/static-site.mjs';
import { fileTree, tempDir } from '../../support/temp.ts';

const files: Record<string, string> = {
  'index.html': '<h1>Forside</h1>',
  '404.html': '<h1>Siden findes ikke</h1>',
  'rammer/index.html': '<h1>Rammer</h1>',
  'data/tilbud.csv': '\uFEFFnavn;by\nÆblehaven;Køge\n',
  'pagefind/pagefind.da_1.pf_meta': 'binær',
  'nyt.atom': '<feed/>',
  _headers: '/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors \'none\'\n',
};
const site = fileTree(files, 'vidensbasen-static-site-');

let plain: Awaited<ReturnType<typeof serveSite>>;
let withHeaders: Awaited<ReturnType<typeof serveSite>>;
const sent: number[] = [];
beforeAll(async () => {
  plain = await serveSite(site, { onSend: (bytes: number) => sent.push(bytes) });
  withHeaders = await serveSite(site, { headers: true, csp: "default-src 'self'" });
});
afterAll(async () => {
  await plain.close();
  await withHeaders.close();
});

const get = (base: string, path: string) => fetch(base + path, { redirect: 'manual' });

describe('the static server (scripts/lib/static-site.mjs)', () => {
  it('serves pages and folder indexes as a static host does', async () => {
    const home = await get(plain.url, '/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await (await get(plain.url, '/rammer/')).text()).toBe('<h1>Rammer</h1>');
  });

  it('redirects a folder without its slash, keeping the query', async () => {
    const moved = await get(plain.url, '/rammer?side=2');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/rammer/?side=2');
  });

  it('answers a missing path, and _headers, with 404.html and status 404', async () => {
    for (const path of ['/findes-ikke/', '/findes-ikke', '/_headers', '/../../etc/passwd']) {
      const missing = await get(plain.url, path);
      expect(missing.status, path).toBe(404);
      expect(await missing.text(), path).toBe('<h1>Siden findes ikke</h1>');
    }
  });

  it('sends text with its charset and unknown files as bytes', async () => {
    expect((await get(plain.url, '/data/tilbud.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get(plain.url, '/nyt.atom')).headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect((await get(plain.url, '/pagefind/pagefind.da_1.pf_meta')).headers.get('content-type')).toBe('application/octet-stream');
    expect(contentTypeOf('/pagefind/pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/pagefind/wasm.da.pagefind')).toBe('application/octet-stream');
  });

  it('sends the _headers rules and the extra CSP when asked, and only then', async () => {
    const res = await get(withHeaders.url, '/');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none', default-src 'self'");
    expect((await get(plain.url, '/')).headers.get('x-frame-options')).toBeNull();
  });

  it('tells how many bytes it sent', async () => {
    sent.length = 0;
    await (await get(plain.url, '/data/tilbud.csv')).arrayBuffer();
    expect(sent).toEqual([Buffer.byteLength(files['data/tilbud.csv']!)]);
  });

  it('refuses a folder without a built site, in Danish', async () => {
    await expect(serveSite(tempDir('vidensbasen-tom-'))).rejects.toThrow(/Der er intet bygget websted/);
    expect(await freePort()).toBeGreaterThan(0);
  });
});
