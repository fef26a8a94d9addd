import { describe, expect, it } from 'vitest';
import { udtryk } from '../../../src/lib/lint/rules/kb005-udtryk.ts';
import { check } from './support.ts';

describe('KB005 udtryk', () => {
  it('passes escaped braces and literal attributes', () => {
    expect(check(udtryk, 'Skriv \\{ og \\}. <abbr title="Region Østdanmark">RØ</abbr>')).toEqual([]);
  });

  it('refuses expressions in text', () => {
    const [finding] = check(udtryk, 'Værdien er {process.env.SECRET}.');
    expect(finding?.message).toBe('Krøllede parenteser {…} bliver kørt som kode. Slet dem, eller skriv \\{ og \\}, hvis du mener selve tegnene.');
  });

  it('refuses attribute expressions and spreads, also on allowed elements (R5)', () => {
    const findings = check(udtryk, '<abbr title={process.env.SECRET}>x</abbr> <sup {...props}>1</sup>');
    expect(findings.map((f) => f.message)).toEqual([
      'Attributten "title" på <abbr> er kode ({…}). Skriv værdien i anførselstegn, fx title="tekst".',
      '<sup> har {…} blandt attributterne. Det er kode; slet det.',
    ]);
  });
});
