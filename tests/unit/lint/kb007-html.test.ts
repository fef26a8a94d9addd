import { describe, expect, it } from 'vitest';
import { html } from '../../../src/lib/lint/rules/kb007-html.ts';
import { check } from './support.ts';

describe('KB007 html', () => {
  it('passes the allowed elements', () => {
    expect(check(html, 'CO<sub>2</sub>, 10<sup>3</sup>, <abbr title="Region Østdanmark">RØ</abbr><br/>')).toEqual([]);
  });

  it('refuses other elements and says what to write instead', () => {
    const findings = check(html, '<script>alert(1)</script>\n\n<a href="/x/">x</a>');
    expect(findings.map((f) => f.message)).toEqual([
      'HTML-elementet <script> er ikke tilladt (kun <abbr>, <br>, <sub>, <sup>). Skriv Markdown i stedet.',
      'HTML-elementet <a> er ikke tilladt (kun <abbr>, <br>, <sub>, <sup>). Skriv links som [tekst](https://…) eller [tekst](/samling/navn/).',
    ]);
  });

  it('refuses event handlers and styles on allowed elements', () => {
    const [finding] = check(html, '<abbr title="x" onmouseover="alert(1)">y</abbr>');
    expect(finding?.message).toBe('Attributten "onmouseover" er ikke tilladt på <abbr>. Tilladt: title.');
  });

  it('refuses raw HTML nodes (plain Markdown)', () => {
    const tree = { type: 'root' as const, children: [{ type: 'html' as const, value: '<img src=x onerror=alert(1)>', position: { start: { line: 4, column: 1 }, end: { line: 4, column: 30 } } }] };
    const findings = html.checkTree!(tree, { allow: { cpr: new Set(), kontakt: new Set() } });
    expect(findings).toEqual([{ line: 4, message: 'Rå HTML er ikke tilladt (kun <abbr>, <br>, <sub>, <sup>). Skriv Markdown i stedet.' }]);
  });
});
