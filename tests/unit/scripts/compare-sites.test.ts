import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSites, normalise } from '../../../scripts/lib/compare-sites.ts';
import { writeFiles } from '../../support/temp.ts';

const root = mkdtempSync(join(tmpdir(), 'compare-sites-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a small built site from `{ file: content }` and returns its folder. */
function site(name: string, files: Record<string, string>): string {
  return writeFiles(join(root, name), files);
}

const page = (css: string, body: string) => `<link rel="stylesheet" href="/_astro/BaseLayout.${css}.css"><main>${body}</main>`;
const built = (day: string) => `<p>Opdateret, da stedet sidst blev bygget: <time datetime="${day}">${day}</time>.</p>`;

describe('the before/after comparison of two built sites', () => {
  it('finds two builds the same when only asset hashes and the build date differ', () => {
    const before = site('a', { 'index.html': page('C2EBn_gW', 'Forside'), 'redaktion/index.html': built('2026-12-01'), '_astro/BaseLayout.C2EBn_gW.css': 'a{}' });
    const after = site('b', { 'index.html': page('Xy9-ab_1', 'Forside'), 'redaktion/index.html': built('2026-12-02'), '_astro/BaseLayout.Xy9-ab_1.css': 'b{}' });
    expect(compareSites(before, after)).toEqual([]);
  });

  it('reports a changed page with its first differing line, and pages only one build has', () => {
    const before = site('c', { 'index.html': page('C2EBn_gW', 'Forside'), 'om/index.html': 'Om' });
    const after = site('d', { 'index.html': page('C2EBn_gW', 'Forsiden'), 'ny/index.html': 'Ny' });
    expect(compareSites(before, after)).toEqual([
      { file: 'index.html', kind: 'forskellig', before: page('HASH', 'Forside'), after: page('HASH', 'Forsiden') },
      { file: 'ny/index.html', kind: 'kun-efter' },
      { file: 'om/index.html', kind: 'kun-foer' },
    ]);
  });

  it('keeps a date outside /redaktion/, so a changed date on an entry page counts', () => {
    expect(normalise('om/index.html', built('2026-12-01'))).toContain('2026-12-01');
    expect(normalise('redaktion/index.html', built('2026-12-01'))).not.toContain('2026-12-01');
  });

  it('counts two ways of writing the same HTML as the same, and nothing else', () => {
    const before = site('e', { 'index.html': '<section data-footnotes="" class="a" data-x=""><p>A &#x26; B</p></section>' });
    const after = site('f', { 'index.html': '<section data-footnotes class="a" data-x><p>A &amp; B</p></section>' });
    expect(compareSites(before, after)).toEqual([]);
    const changed = site('g', { 'index.html': '<section data-footnotes class="b" data-x><p>A &amp; B</p></section>' });
    expect(compareSites(before, changed).map((d) => d.file)).toEqual(['index.html']);
  });

  it('accepts the typography change only when asked, by name', () => {
    const before = site('h', { 'index.html': '<p>Han sagde “ja” — og ‘nej’, 90’erne.</p>' });
    const after = site('i', { 'index.html': '<p>Han sagde „ja“ – og ‚nej‘, 90’erne.</p>' });
    expect(compareSites(before, after).map((d) => d.file)).toEqual(['index.html']);
    expect(compareSites(before, after, ['typografi'])).toEqual([]);
    // Other words still count.
    const reworded = site('j', { 'index.html': '<p>Hun sagde „ja“ – og ‚nej‘, 90’erne.</p>' });
    expect(compareSites(before, reworded, ['typografi']).map((d) => d.file)).toEqual(['index.html']);
  });
});
