import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminCsp } from '../../src/lib/decap/admin-page.ts';
import { decapConfig } from '../../src/lib/decap/config.ts';
import { adminBytes } from '../../scripts/bench/admin-bytes.ts';
import { DIST, readPage } from './support.ts';

/** /admin/, the web editor, as built: its own policy, out of search and sitemap, self-hosted. */
describe('the web editor in the built site', () => {
  const html = readPage('/admin/');

  it('has exactly its own, documented Content-Security-Policy', () => {
    const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/g)].map((m) => m[1]);
    expect(policies).toEqual([adminCsp()]);
    expect(adminCsp()).toContain("script-src 'self' 'unsafe-eval'");
    expect(adminCsp()).toContain("connect-src 'self' https://api.github.com");
    expect(adminCsp()).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('is noindex, not in the sitemap, not in Pagefind and not in the readers’ navigation', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    const sitemap = readdirSync(DIST).filter((f) => f.startsWith('sitemap')).map((f) => readFileSync(join(DIST, f), 'utf8')).join('');
    expect(sitemap).toContain('/organisationer/');
    expect(sitemap).not.toContain('/admin/');
    expect(readPage('/')).not.toContain('href="/admin/"');
    expect(readPage('/bidrag/')).toContain('href="/admin/"');
  });

  it('serves Decap’s bundle, its chunks and the site’s script from the site itself (no CDN)', () => {
    for (const file of ['decap-cms.js', 'vidensbasen-cms.js', 'config.yml']) expect(existsSync(join(DIST, 'admin', file)), file).toBe(true);
    expect(readdirSync(join(DIST, 'admin')).filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(10);
    expect(html).not.toMatch(/src="https?:/);
    const bundle = readFileSync(join(DIST, 'admin', 'decap-cms.js'), 'utf8');
    expect(bundle).toContain('inReview:"Til gennemsyn"');
    const script = readFileSync(join(DIST, 'admin', 'vidensbasen-cms.js'), 'utf8');
    expect(script).toMatch(/\/_astro\/[^"]+\.css/);
  });

  it('links the site’s own icon, which exists, so the browser asks for no missing /favicon.ico', () => {
    const icon = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
    expect(icon).toBe(/<link rel="icon" href="([^"]+)"/.exec(readPage('/'))?.[1]);
    expect(existsSync(join(DIST, icon ?? 'mangler'))).toBe(true);
  });

  it('publishes the configuration generated from the schemas', () => {
    const config = parse(readFileSync(join(DIST, 'admin', 'config.yml'), 'utf8')) as unknown;
    expect(config).toEqual(JSON.parse(JSON.stringify(decapConfig())));
  });

  it('reports its bytes (HTML, JavaScript, configuration)', () => {
    const bytes = adminBytes(DIST);
    expect(bytes.html).toBeGreaterThan(300);
    expect(bytes.js).toBeGreaterThan(4_000_000);
    expect(bytes.config).toBeGreaterThan(10_000);
    expect(bytes.total).toBe(bytes.html + bytes.js + bytes.config + bytes.other);
  });
});
