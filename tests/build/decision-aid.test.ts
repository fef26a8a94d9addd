import { describe, expect, it } from 'vitest';
import { SITUATIONER } from '../../src/schemas/shared/vocabularies.ts';
import { ids, of } from '../unit/content/corpus.ts';
import { readPage } from './support.ts';

const html = readPage('/hvilke-rammer-gaelder/');
const rammer = of('rammer');

/** The framework links listed in one section of the page without JavaScript. */
function linksIn(sectionStart: string): string[] {
  const start = html.indexOf(sectionStart);
  const end = html.indexOf('</section>', start);
  return [...html.slice(start, end).matchAll(/<h4><a href="\/rammer\/([^/]+)\/">/g)].map((m) => m[1]!).sort();
}

describe('decision aid page without JavaScript', () => {
  it.each(SITUATIONER.keys)('the situation "%s" lists exactly the frameworks tagged with it', (situation) => {
    const tagged = rammer.filter((f) => f.data.situationer.includes(situation)).map((f) => f.file.id).sort();
    expect(linksIn(`data-situation="${situation}"`)).toEqual(tagged);
  });

  it('lists the frameworks that apply to every collaboration on their own', () => {
    const always = rammer.filter((f) => f.data.situationer.length === 0).map((f) => f.file.id).sort();
    expect(linksIn('aria-labelledby="altid"')).toEqual(always);
  });

  it('shows each framework\'s sources', () => {
    for (const f of rammer) {
      for (const source of ids(f.data.kilder)) expect(html).toContain(`href="/kilder/${source}/"`);
    }
  });
});
