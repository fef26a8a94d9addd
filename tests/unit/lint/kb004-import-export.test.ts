import { describe, expect, it } from 'vitest';
import { importExport } from '../../../src/lib/lint/rules/kb004-import-export.ts';
import { check } from './support.ts';

describe('KB004 import/export', () => {
  it('passes prose that mentions the words', () => {
    expect(check(importExport, 'Regionen kan import og export af data.')).toEqual([]);
  });

  it('refuses import and export statements', () => {
    const findings = check(importExport, "import fs from 'node:fs'\n\nexport const x = 1\n\nTekst.");
    expect(findings.map((f) => f.line)).toEqual([1, 3]);
    expect(findings[0]?.message).toBe('"import" er kode og må ikke stå i indhold. Slet linjen, skriv teksten direkte, og brug et link som [tekst](/samling/navn/) i stedet for at importere.');
    expect(findings[1]?.message).toMatch(/^"export" er kode/);
  });
});
