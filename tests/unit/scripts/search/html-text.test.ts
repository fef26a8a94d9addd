import { describe, expect, it } from 'vitest';
import { decodeEntities, indexedText, letterWords } from '../../../../scripts/lib/search/html-text.ts';
import { urlOf } from '../../../../scripts/lib/search/index-site.ts';

describe('the text Pagefind indexes on a page', () => {
  it('reads the body region without ignored parts, code, navigation or scripts', () => {
    const html = `<html><body><header>Menu</header><main data-pagefind-body><h1>Børneattest</h1>
      <p>Frivillige &amp; personale<br>skal <code>boerneattest-id</code> vide det.</p>
      <section data-pagefind-ignore><ul><li>Relateret</li></ul></section><nav>Sti</nav>
      <script>var x = "<p>";</script><p>Slut</p></main><footer>Fod</footer></body></html>`;
    expect(indexedText(html)).toBe('Børneattest Frivillige & personale skal vide det. Slut');
  });

  it('returns null for a page that is not indexed', () => {
    expect(indexedText('<html><body><main><h1>Søg</h1></main></body></html>')).toBeNull();
  });

  it('decodes entities and splits words', () => {
    expect(decodeEntities('&quot;a&quot; &#230;&#xF8;')).toBe('"a" æø');
    expect(letterWords('Kræftens Bekæmpelse, § 18-midler')).toEqual(['kræftens', 'bekæmpelse', 'midler']);
  });

  it('gives files the URLs Pagefind gives them', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('rammer/x/index.html')).toBe('/rammer/x/');
    expect(urlOf('404.html')).toBe('/404.html');
  });
});
