import { describe, expect, it } from 'vitest';
import { altTekst } from '../../../src/lib/lint/rules/kb009-alt-tekst.ts';
import { check } from './support.ts';

describe('KB009 alt-tekst', () => {
  it('passes an alt text that says what the image shows', () => {
    expect(check(altTekst, '![Frivillig følger en patient til ambulatoriet](/billeder/ledsager.jpg)')).toEqual([]);
  });

  it('refuses a missing alt text', () => {
    const [finding] = check(altTekst, '![](/billeder/ledsager.jpg)');
    expect(finding?.message).toBe('Billedet mangler en alt-tekst. Skriv inden i ![…], hvad billedet viser, fx ![Frivillig følger en patient til ambulatoriet](…).');
  });

  it('refuses file names and empty words', () => {
    const findings = check(altTekst, '![IMG_2041.jpg](/a.jpg)\n\n![Billede](/b.jpg)');
    expect(findings.map((f) => f.message)).toEqual([
      'Alt-teksten "IMG_2041.jpg" ligner et filnavn. Skriv, hvad billedet viser, fx ![Frivillig følger en patient til ambulatoriet](…).',
      'Alt-teksten "Billede" siger ikke, hvad billedet viser. Beskriv indholdet, fx ![Frivillig følger en patient til ambulatoriet](…).',
    ]);
  });
});
