import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot, readAllContent } from '../../src/lib/content-files.ts';
import { citationCount } from '../../src/lib/citation-count.ts';
import { builtPages, DIST, readPage } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
// The corpus the site was built from (VIDENSBASEN_CONTENT, as in the build).
const files = readAllContent(contentRoot(root), root);

/** Every text file of dist/ (pages, exports, feed, sitemap), without Pagefind's compressed index. */
function textFiles(): string[] {
  return (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((p) => /\.(html|json|csv|xml|txt|atom)$/.test(p) && !p.startsWith('pagefind'))
    .map((p) => join(DIST, p));
}

describe('claim-level citations and editor-only notes in the built site', () => {
  it('shows the editor-only notes on /redaktion/ and nowhere else', () => {
    expect(readPage('/redaktion/')).toContain('<h2 id="redaktionsnoter">Noter til redaktionen (');
    const notes = files.flatMap((f) => ((f.data as { redaktionsnoter?: unknown }).redaktionsnoter as string[] | undefined) ?? []);
    const others = textFiles().filter((p) => relative(DIST, p) !== join('redaktion', 'index.html'));
    // Loops over found items must find some, or an empty corpus or a renamed field would pass.
    expect(notes.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(100);
    for (const note of notes) {
      const escaped = note.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      expect(readPage('/redaktion/')).toContain(escaped);
      for (const path of others) expect(readFileSync(path, 'utf8').includes(note), `${note} i ${relative(DIST, path)}`).toBe(false);
    }
  });

  it('renders each page with citations with numbered notes kept out of search excerpts', () => {
    const cited = files.filter((f) => citationCount(f.body) > 0 && (f.data as { status?: unknown }).status === 'publiceret');
    const pages = new Set(builtPages());
    expect(cited.length).toBeGreaterThan(10);
    for (const file of cited) {
      const path = `/${file.collection}/${file.id}/`;
      expect(pages.has(path), path).toBe(true);
      const html = readPage(path);
      // A body with a component (an embedded ramme) is rendered through MDX's JSX runtime, which writes
      // empty attributes without ="" – the same HTML.
      expect(html, path).toMatch(/<section data-footnotes(?:="")? class="kildehenvisninger" data-pagefind-ignore(?:="")?>/);
      expect(html, path).toMatch(/aria-label="Kilde 1"/);
    }
  });
});
