import { describe, expect, it } from 'vitest';
import { urlSkema } from '../../../src/lib/lint/rules/kb008-url-skema.ts';
import { check } from './support.ts';

describe('KB008 url-skema', () => {
  it('passes https:, mailto:, tel: and site addresses', () => {
    const body = '[a](https://www.regionh.dk/) [b](mailto:info@x.dk) [c](tel:+4533333333) [d](/rammer/) [e](#afsnit) ![f](/billede.png)';
    expect(check(urlSkema, body)).toEqual([]);
  });

  it('refuses javascript: in links, images and definitions, also when disguised', () => {
    const body = '[a](javascript:alert(1))\n\n![b](data:image/png;base64,xx)\n\n[c]: JaVaScRiPt:alert(1)\n\n[d](<java\tscript:alert(1)>)';
    const findings = check(urlSkema, body);
    expect(findings.map((f) => f.line)).toEqual([1, 3, 5, 7]);
    expect(findings[0]?.message).toBe(
      'Adresser, der begynder med "javascript:", er ikke tilladt. Brug https://…, mailto:…, tel:… eller en adresse på stedet, fx /organisationer/navn/.',
    );
    expect(findings[3]?.message).toMatch(/^Adresser, der begynder med "javascript:"/);
    expect(findings[1]?.message).toMatch(/^Adresser, der begynder med "data:"/);
  });

  it('asks for https instead of http', () => {
    const [finding] = check(urlSkema, '[side](http://www.eksempel.dk/)');
    expect(finding?.message).toBe('Skriv https:// i stedet for http:// i "http://www.eksempel.dk/". Findes siden kun uden https, så spørg redaktionen.');
  });
});
