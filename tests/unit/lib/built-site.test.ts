import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles, builtPages, readerPages } from '../../../src/lib/built-site.ts';

const dist = mkdtempSync(join(tmpdir(), 'built-site-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
for (const file of ['index.html', '404.html', 'om/index.html', 'admin/index.html', 'admin/config.yml', '_astro/side.abc12345.css', 'pagefind/fragment/x.html', 'organisationer/pagefind/index.html']) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), '<p>x</p>');
}

describe('the walker over a built site', () => {
  it('lists every HTML page by its address, and no Astro assets or search index files', () => {
    expect(builtPages(dist).map((p) => p.path)).toEqual(['/', '/404.html', '/admin/', '/om/', '/organisationer/pagefind/']);
    expect(builtPages(dist)[0]).toMatchObject({ file: join(dist, 'index.html'), bytes: 8 });
  });

  it('leaves the web editor out of the readers\' pages', () => {
    expect(readerPages(dist).map((p) => p.path)).toEqual(['/', '/404.html', '/om/', '/organisationer/pagefind/']);
  });

  it('lists every file, with / separators', () => {
    expect(builtFiles(dist)).toContain('_astro/side.abc12345.css');
    expect(builtFiles(dist)).toContain('admin/config.yml');
  });
});
