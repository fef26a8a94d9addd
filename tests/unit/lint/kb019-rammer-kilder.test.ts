import { describe, expect, it } from 'vitest';
import { normativeWord, rammerKilder } from '../../../src/lib/lint/rules/kb019-rammer-kilder.ts';
import { check, SOURCES } from './support.ts';

const RAMME = { entryKey: 'rammer/x', sources: SOURCES };

describe('KB019 rammer-kilder', () => {
  it('passes rules that cite a source, and paragraphs that state no rule', () => {
    const body = [
      'Regionen må ikke give økonomisk støtte til organisationer.[^1]',
      '',
      '- Samarbejdet skal vedrøre regionens opgaver.[^1]',
      '- Her står en baggrund uden regel.',
      '',
      'Det bør aftales skriftligt, hvem der gør hvad.',
      '',
      '[^1]: budgetforslag-strategi-civilsamfund-2024, afsnit "Administrationens bemærkninger"',
    ].join('\n');
    expect(check(rammerKilder, body, RAMME)).toEqual([]);
  });

  it('flags paragraphs and list items in rammer that say what may or must be done without a footnote', () => {
    const body = ['Regionen kan kræve en børneattest.', '', '- Frivillige har pligt til at tie.', '- Det er forbudt at dele journaler.'].join('\n');
    const findings = check(rammerKilder, body, RAMME);
    expect(findings.map((f) => f.line)).toEqual([1, 3, 4]);
    expect(findings[0]?.message).toBe(
      'Afsnittet siger, hvad der gælder ("kan kræve"), men har ingen kildehenvisning. Sæt en fodnote efter påstanden, fx [^1], og skriv nederst [^1]: <kilde-id>, afsnit "…" – eller fjern påstanden, hvis ingen kilde siger det.',
    );
    expect(findings[1]?.message).toContain('("pligt")');
    expect(findings[2]?.message).toContain('("forbudt")');
  });

  it('reads only rammer, and only whole words of the list', () => {
    expect(check(rammerKilder, 'Regionen skal noget.', { entryKey: 'vejledninger/x' })).toEqual([]);
    expect(normativeWord('Måske kan målene nås.')).toBeUndefined();
    expect(normativeWord('Man MÅ gerne spørge.')).toBe('må');
    expect(normativeWord('Det kræves ikke.')).toBe('kræves');
  });
});
