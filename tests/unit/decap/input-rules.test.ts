import { parseContentFile } from '../../../src/lib/content-files.ts';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { bodyProblem, cprProblem, PLAIN_FORMS, type PlainForm } from '../../../src/lib/decap/input-rules.ts';
import { EMPTY_ALLOWLIST } from '../../../src/lib/lint/allowlist.ts';
import { cvrNumber } from '../../../src/schemas/organisation.ts';
import { httpsUrl, mainNumberTel, roleMailto } from '../../../src/schemas/shared/url.ts';
import { emptyPaths } from '../../../src/admin/clean.ts';
import { frontmatterFormat, yamlFormat } from '../../../src/admin/formats.ts';
import { adminCsp } from '../../../src/lib/decap/admin-page.ts';

describe('what the web editor refuses at the field', () => {
  it.each([
    ['<div>Hej</div>', 'HTML eller en komponent'],
    ['Tekst\n<script>alert(1)</script>', 'Linje 2 har HTML'],
    ['Et udtryk {1 + 1}', 'krøllet parentes'],
    ['import X from "y"', '"import" eller "export"'],
    ['export const a = 1', '"import" eller "export"'],
    ['<Bemaerk type="farlig">x</Bemaerk>', 'HTML eller en komponent'],
    ['[klik](javascript:alert(1))', 'er ikke tilladt'],
    ['Nummeret 010190-1234 står her.', 'CPR-nummer'],
  ])('refuses %j', (body, message) => {
    expect(bodyProblem(body, EMPTY_ALLOWLIST)).toContain(message);
  });

  it('accepts Markdown, footnotes and the <Bemaerk> callout', () => {
    const body = '## Overskrift\n\nEn påstand.[^1]\n\n<Bemaerk type="advarsel">\nPas på.\n</Bemaerk>\n\n[^1]: kilde-id, afsnit "Et afsnit"';
    expect(bodyProblem(body, EMPTY_ALLOWLIST)).toBeUndefined();
    expect(cprProblem('Telefon: 33 33 33 33', EMPTY_ALLOWLIST)).toBeUndefined();
  });
});

describe('the editor writes what the schema reads', () => {
  it('drops empty optional values but keeps required empty lists', () => {
    const data = { navn: 'X', cvr: '', kontakt: { mail: '', telefon: '' }, situationer: [], forbehold: [] };
    const paths = emptyPaths(data, ['situationer']).map((p) => p.join('.'));
    expect(paths.sort()).toEqual(['cvr', 'forbehold', 'kontakt']);
  });

  it('writes MDX frontmatter in field order, without the file-name helper, and reads it back', () => {
    const format = frontmatterFormat({});
    const text = format.toFile({ body: 'Tekst.', vb_filnavn: 'x', cvr: '12345678', navn: 'Blå Kors', sidstGennemgaaet: '2026-11-30' }, ['navn', 'cvr', 'sidstGennemgaaet']);
    expect(text).toBe("---\nnavn: Blå Kors\ncvr: \"12345678\"\nsidstGennemgaaet: 2026-11-30\n---\n\nTekst.\n");
    expect(format.fromFile(text)).toEqual({ navn: 'Blå Kors', cvr: '12345678', sidstGennemgaaet: '2026-11-30', body: 'Tekst.\n' });
  });

  it('quotes text that Astro\'s YAML reader would turn into something else, so the lint reads it back unchanged', () => {
    const format = frontmatterFormat({});
    const text = format.toFile({ body: 'Tekst.', navn: '0b101', resume: 'yes', sidstGennemgaaet: '2026-11-30' }, ['navn', 'resume', 'sidstGennemgaaet']);
    expect(text).toBe('---\nnavn: "0b101"\nresume: "yes"\nsidstGennemgaaet: 2026-11-30\n---\n\nTekst.\n');
    const file = parseContentFile('organisationer', 'content/organisationer/x.mdx', text);
    expect(file.syntaxErrors).toEqual([]);
    expect(file.data).toEqual({ navn: '0b101', resume: 'yes', sidstGennemgaaet: new Date(Date.UTC(2026, 10, 30)) });
  });
});

describe('the /admin/ Content-Security-Policy', () => {
  it('allows GitHub, the OAuth endpoint and a local backend only when set', () => {
    const csp = adminCsp({ repo: 'a/b', branch: 'main', auth: { baseUrl: 'https://auth.example.org', endpoint: 'auth' } });
    expect(csp).toContain("connect-src 'self' https://api.github.com https://auth.example.org;");
    expect(csp).not.toContain('localhost');
    expect(adminCsp({ repo: 'a/b', branch: 'main', localBackend: 'http://localhost:8081/api/v1' })).toContain('http://localhost:8081');
  });
});

describe('YAML data files and fields that are a fixed text or a group', () => {
  it('reads "ikke udpeget endnu" as an empty group and writes YAML files without the helper key', () => {
    const format = yamlFormat({ indgang: 'ikke udpeget endnu' });
    expect(format.fromFile('navn: Sundhedsråd X\nindgang: ikke udpeget endnu\n')).toEqual({ navn: 'Sundhedsråd X' });
    expect(format.fromFile('indgang:\n  rolle: Koordinator\n')).toEqual({ indgang: { rolle: 'Koordinator' } });
    expect(format.toFile({ vb_filnavn: 'x', aar: 2025, titel: 'T' }, ['titel', 'aar'])).toBe('titel: T\naar: 2025\n');
  });
});

describe('fields a person fills in plain form', () => {
  const { 'vb-mail': mail, 'vb-tel': tel, 'vb-url': url, 'vb-cvr': cvr } = PLAIN_FORMS;
  it('stores what the schema wants from what a person types, and shows it back plainly', () => {
    expect(mail.toStored(' info@eksempel.dk ')).toBe('mailto:info@eksempel.dk');
    expect(mail.toStored('mailto:info@eksempel.dk')).toBe('mailto:info@eksempel.dk');
    expect(mail.toText('mailto:info@eksempel.dk')).toBe('info@eksempel.dk');
    for (const typed of ['33 33 33 33', '+45 33 33 33 33', '0045 3333-3333', '33333333']) expect(tel.toStored(typed)).toBe('tel:+4533333333');
    expect(tel.toText('tel:+4533333333')).toBe('33 33 33 33');
    expect(url.toStored('www.eksempel.dk/om')).toBe('https://www.eksempel.dk/om');
    expect(url.toStored('https://eksempel.dk/')).toBe('https://eksempel.dk/');
    expect(cvr.toStored('1234 5674')).toBe('12345674');
    expect(mail.toStored('')).toBe('');
    expect(tel.toStored('')).toBe('');
  });

  it('accepts exactly what the schema accepts, with a plain message and an example otherwise', () => {
    const cases: [PlainForm, string, z.ZodType][] = [
      [mail, 'info@eksempel.dk', roleMailto()],
      [mail, 'fornavn.efternavn@eksempel.dk', roleMailto()],
      [mail, 'info@', roleMailto()],
      [tel, '33 33 33 33', mainNumberTel()],
      [tel, '3333 333', mainNumberTel()],
      [url, 'www.eksempel.dk', httpsUrl()],
      [url, 'http://www.eksempel.dk/', httpsUrl()],
      [url, 'javascript:alert(1)', httpsUrl()],
      [cvr, '12345674', cvrNumber()],
      [cvr, '12345678', cvrNumber()],
      [cvr, '1234', cvrNumber()],
    ];
    for (const [form, typed, field] of cases) {
      const stored = form.toStored(typed);
      const problem = form.problem(stored);
      expect(problem === undefined, `${typed}: ${problem}`).toBe(field.safeParse(stored).success);
      if (problem) expect(problem).toMatch(/\b[Ff]x \S+/);
    }
    expect(cvr.problem('12345678')).toContain('det sidste ciffer passer ikke');
    expect(mail.problem('mailto:fornavn.efternavn@eksempel.dk')).toContain('fælles postkasse');
  });
});
