import { describe, expect, it } from 'vitest';
import { missingStatementFields, placeholderText, STATEMENT } from '../../src/lib/accessibility-statement.ts';
import { readerPages, readPage } from './support.ts';

const page = readPage('/tilgaengelighed/');
const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the accessibility statement (/tilgaengelighed/)', () => {
  it('is linked from every page’s footer as "Tilgængelighedserklæring"', () => {
    for (const path of readerPages()) {
      const footer = readPage(path).split('<footer class="site-footer"')[1] ?? '';
      expect(footer.includes('<a href="/tilgaengelighed/">Tilgængelighedserklæring</a>'), path).toBe(true);
    }
  });

  it('names the law, the standard and the level, and says how far the site complies', () => {
    expect(text).toContain('webtilgængelighedsloven');
    expect(text).toContain('EN 301 549');
    expect(text).toContain('WCAG 2.1 på niveau A og AA');
    expect(text).toMatch(/overholder\s+delvist/);
    expect(text).toContain('WAS-Tool');
  });

  it('lists known limitations, the method, the date and the next review', () => {
    expect(page).toContain('id="begraensninger"');
    expect(page.split('id="begraensninger"')[1]?.split('</ul>')[0]?.match(/<li>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(page).toContain('id="metode"');
    expect(text).toMatch(/udarbejdet den \d{1,2}\. \w+ \d{4}/);
    expect(Date.parse(STATEMENT.naesteGennemgang) - Date.parse(STATEMENT.udarbejdet)).toBeLessThanOrEqual(366 * 864e5);
  });

  it('offers both a telephone and a written contact – or shows each missing one as a marked placeholder', () => {
    const missing = missingStatementFields();
    for (const { field, label } of missing) {
      const escaped = placeholderText(label).replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(page.includes(`data-udfyldes="${field}">${escaped}</mark>`), `pladsholder for ${field}`).toBe(true);
    }
    if (!missing.some((m) => m.field === 'telefon')) expect(page).toMatch(/href="tel:\+?\d+"/);
    if (!missing.some((m) => m.field === 'skriftligKontakt')) expect(page).toMatch(/Skriftligt: <a href="(mailto:|https:)/);
    if (!missing.some((m) => m.field === 'wasUrl')) expect(page).toContain(`href="${STATEMENT.wasUrl}"`);
    expect(page.match(/data-udfyldes=/g)?.length ?? 0).toBe(missing.length);
    if (missing.length > 0) {
      // Not a failure (the owner must supply these), but never silent.
      console.warn(`Tilgængelighedserklæringen mangler oplysninger, som ejeren skal udfylde i src/lib/accessibility-statement.ts:\n${missing.map((m) => `  - ${m.label}`).join('\n')}`);
    }
  });
});
