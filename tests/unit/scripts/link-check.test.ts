import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../../scripts/lib/link-check.ts';
import { builtPages } from '../../../src/lib/built-site.ts';

const site = resolve(import.meta.dirname, '../../fixtures/site-links');
const problems = checkSite(site, 'https://vidensbasen.test');
const on = (page: string) => problems.filter((p) => p.page === page).map((p) => p.message);

describe('the link and content check of a built site', () => {
  it('finds every HTML page', () => {
    expect(builtPages(site).map((p) => p.path)).toEqual(['/', '/gammel/', '/om/', '/tom/']);
  });

  it('reports links, absolute site links and form targets that do not resolve', () => {
    expect(on('/')).toContain('<a> peger på /findes-ikke/, som ikke findes');
    expect(on('/')).toContain('<a> peger på https://vidensbasen.test/ogsaa-doed/, som ikke findes');
    expect(on('/')).toContain('<form> peger på /soeg/, som ikke findes');
  });

  it('reports an #anchor that the target page does not have', () => {
    expect(on('/')).toContain('<a> peger på /om/#mangler, men siden har intet element med id="mangler"');
  });

  it('reports images without a source and images that do not exist', () => {
    expect(on('/')).toContain('et billede (<img>) har ingen kilde (src)');
    expect(on('/')).toContain('<img> peger på /mangler.png, som ikke findes');
  });

  it('reports javascript: links', () => {
    expect(on('/')).toContain('<a> peger på en javascript:-adresse');
  });

  it('accepts working links, anchors, relative links, external and mailto links', () => {
    expect(on('/')).toHaveLength(7);
    expect(on('/om/')).toEqual([]);
  });

  it('reports an empty page and a redirect to nowhere', () => {
    expect(on('/tom/')).toEqual(['siden er tom eller næsten tom (under 40 tegn tekst i <main>)']);
    expect(on('/gammel/')).toEqual(['omdirigerer til /flyttet/, som ikke findes']);
  });
});
