import { describe, expect, it } from 'vitest';
import { linktekst } from '../../../src/lib/lint/rules/kb013-linktekst.ts';
import { check } from './support.ts';

describe('KB013 linktekst', () => {
  it('passes link texts that name the target', () => {
    expect(check(linktekst, 'Læs mere i [vejledningen om sociale henvisninger](/vejledninger/sociale-henvisninger/).')).toEqual([]);
  });

  it('flags "klik her", "læs mere" and "her"', () => {
    const findings = check(linktekst, '[Klik her](/a/) for at se. [Læs mere…](/b/) Se [her](/c/). [Klik her for at læse](/d/)');
    expect(findings).toHaveLength(4);
    expect(findings[0]?.message).toBe(
      'Linkteksten "Klik her" siger ikke, hvor linket fører hen. Skriv målet som linktekst, fx "Læs om [frivilliges tavshedspligt](/rammer/frivilliges-tavshedspligt/)".',
    );
  });
});
