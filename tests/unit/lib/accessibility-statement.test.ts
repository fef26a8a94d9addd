import { describe, expect, it } from 'vitest';
import { missingStatementFields, placeholderText } from '../../../src/lib/accessibility-statement.ts';

describe('missingStatementFields', () => {
  it('lists every empty owner field with a label an owner understands', () => {
    const missing = missingStatementFields({ wasUrl: undefined, telefon: ' ', skriftligKontakt: 'tilgaengelighed@regionoest.dk' });
    expect(missing.map((m) => m.field)).toEqual(['wasUrl', 'telefon']);
    expect(missing[0]?.label).toContain('was.digst.dk');
    expect(placeholderText(missing[1]!.label)).toBe('[Udfyldes af ejeren: telefonnummer til henvendelser om tilgængelighed]');
  });

  it('is empty when the owner has filled everything in', () => {
    expect(missingStatementFields({ wasUrl: 'https://was.digst.dk/vidensbasen-dk', telefon: '+45 70 20 00 00', skriftligKontakt: 'https://eksempel.dk/kontakt' })).toEqual([]);
  });
});
