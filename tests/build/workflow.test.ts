import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files.ts';
import { parseMdx } from '../../src/lib/lint/mdx.ts';
import { headingAnchors } from '../../src/lib/lint/site-index.ts';
import { fieldDocs, frontmatterJsonSchema } from '../../src/lib/schema-doc.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { readPage } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
const published = readAllContent(resolve(root, 'content'), root).filter((f) => (f.data as { status?: string }).status === 'publiceret');

describe('the editorial pages in the build', () => {
  it('keeps /redaktion/ out of search engines, the sitemap and the site search', () => {
    const html = readPage('/redaktion/');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    expect(readPage('/sitemap-0.xml')).not.toContain('/redaktion/');
    for (const heading of ['Udkast', 'Gennemgang overskredet', 'Poster, som intet henviser til', 'Pejlemærker uden eksempler', 'Sundhedsråd uden eksempler', 'Organisationer uden kontakt eller CVR-nummer']) {
      expect(html).toContain(heading);
    }
  });

  it('has a field reference page for every collection that lists every field from the schema', () => {
    for (const collection of COLLECTIONS.keys) {
      const html = readPage(`/bidrag/felter/${collection}/`);
      for (const row of fieldDocs(frontmatterJsonSchema(collection))) expect(html, `${collection}: ${row.path}`).toContain(`<code>${row.path}</code>`);
    }
  });

  it('shows edit, history and feedback links, and when git knows it, when the entry last changed', () => {
    const html = readPage(`/${published[0]!.collection}/${published[0]!.id}/`);
    expect(html).toContain('>Foreslå en ændring</a>');
    expect(html).toContain('>Se ændringer</a>');
    expect(html).toContain('issues/new?template=fejl-paa-side.yml');
    expect(html).toMatch(/Senest ændret: <time datetime="\d{4}-\d{2}-\d{2}">/);
  });

  it('computes heading ids as Astro does, so the lint checks #anchors against the real ids', () => {
    let checked = 0;
    for (const file of published.filter((f) => f.body.includes('\n#'))) {
      const parsed = parseMdx(file.body);
      if (!('tree' in parsed)) continue;
      const html = readPage(`/${file.collection}/${file.id}/`);
      for (const anchor of headingAnchors(parsed.tree)) {
        expect(html, `${file.path}: #${anchor}`).toContain(`id="${anchor}"`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
