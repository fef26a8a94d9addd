import { describe, expect, it } from 'vitest';
import { pladsholder } from '../../../src/lib/lint/rules/kb015-pladsholder.ts';
import { check } from './support.ts';

describe('KB015 pladsholder', () => {
  it('passes a written body', () => {
    expect(check(pladsholder, '## Kort fortalt\n\nForeningen støtter hjertepatienter.')).toEqual([]);
  });

  it('refuses the placeholder in headings and text', () => {
    const findings = check(pladsholder, '## UDFYLD\n\nUDFYLD');
    expect(findings.map((f) => f.line)).toEqual([1, 3]);
    expect(findings[0]?.message).toBe('Pladsholderen UDFYLD står stadig i brødteksten. Skriv teksten, eller slet linjen.');
  });
});
