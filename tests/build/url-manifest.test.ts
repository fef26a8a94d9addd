import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../src/lib/redirects.ts';
import { readManifest } from '../../src/lib/url-manifest.ts';
import { DIST } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
const page = (url: string) => join(DIST, url, 'index.html');

describe('addresses that existed keep working', () => {
  it('every address in url-manifest.txt is a page or a redirect in the build', () => {
    const manifest = readManifest(root);
    expect(manifest.length).toBeGreaterThan(100);
    const missing = manifest.filter((url) => !existsSync(page(url)));
    expect(missing, 'Disse adresser er forsvundet. Brug npm run flyt, eller skriv en omdirigering i content/omdirigeringer.yaml').toEqual([]);
  });

  it('every redirect is built as a page that sends the reader on to an existing page', () => {
    for (const { fra, til } of readRedirects(join(root, 'content')).redirects) {
      expect(readFileSync(page(fra), 'utf8')).toMatch(new RegExp(`http-equiv="refresh" content="0;url=${til}"`));
      expect(existsSync(page(til)), til).toBe(true);
    }
  });
});
