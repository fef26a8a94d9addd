import { describe, expect, it } from 'vitest';
import { BASE, contentDir, lintDir } from './support.ts';

const redirects = (text: string) => lintDir(contentDir({ ...BASE, 'omdirigeringer.yaml': text })).filter((p) => p.rule === 'KB016');

describe('KB016 omdirigeringer', () => {
  it('passes a redirect from an unused address to an existing page', () => {
    expect(redirects('- fra: /organisationer/hjerte/\n  til: /organisationer/hjerteforeningen/\n')).toEqual([]);
  });

  it('refuses a redirect to nowhere, one that hides a page, and a chain', () => {
    const text = [
      '- fra: /organisationer/a/\n  til: /organisationer/findes-ikke/',
      '- fra: /organisationer/hjerteforeningen/\n  til: /organisationer/',
      '- fra: /organisationer/b/\n  til: /organisationer/a/',
    ].join('\n');
    expect(redirects(text).map((p) => [p.line, p.message])).toEqual([
      [1, '/organisationer/a/ fører til /organisationer/findes-ikke/, men den side findes ikke. Skriv adressen på en side, der findes.'],
      [3, '/organisationer/hjerteforeningen/ er en side igen, så omdirigeringen ville skjule den. Slet omdirigeringen, eller giv den nye side et andet navn.'],
      [5, '/organisationer/a/ er selv flyttet til /organisationer/findes-ikke/. Skriv den endelige adresse.'],
    ]);
  });
});
