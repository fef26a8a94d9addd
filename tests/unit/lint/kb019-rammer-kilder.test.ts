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

  it('in vejledninger, organisationer and tilbud passes a rule that cites a source, links to its ramme or is followed by the embedded ramme', () => {
    const body = [
      'Personalet må som udgangspunkt ikke dele oplysninger uden samtykke.[^1]',
      '',
      'Frivillige skal have en aftale om tavshed, se [rammen om tavshedspligt](/rammer/frivilliges-tavshedspligt/).',
      '',
      'Hvem der må se hvad, afgør rammen:',
      '',
      '[Se rammen](/rammer/patientoplysninger-deles-kun-med-samtykke/)',
      '',
      '- De frivillige skal forsikres.',
      '- De skal kende reglerne.',
      '',
      '[Se rammen](/rammer/forsikring-af-frivillige/)',
      '',
      'Frivillige supplerer personalet.',
      '',
      'Læs også [Det må regionen – og det må den ikke](/vejledninger/det-maa-regionen-og-det-maa-den-ikke/).',
      '',
      '[^1]: budgetforslag-strategi-civilsamfund-2024, afsnit "Administrationens bemærkninger"',
    ].join('\n');
    for (const entryKey of ['vejledninger/x', 'organisationer/x', 'tilbud/x']) {
      expect(check(rammerKilder, body, { entryKey, sources: SOURCES }), entryKey).toEqual([]);
    }
  });

  it('in vejledninger, organisationer and tilbud flags a rule with neither a footnote nor its ramme, and says what to write', () => {
    const body = [
      'De må ikke erstatte lønnede medarbejdere.',
      '',
      '[Se rammen](/rammer/forsikring-af-frivillige/)',
      '',
      'Et afsnit imellem.',
      '',
      '- Personalet må kun give oplysninger med samtykke.',
    ].join('\n');
    const findings = check(rammerKilder, body, { entryKey: 'vejledninger/x' });
    // The first rule is followed by an embed, so it rests on that ramme; the list item is not.
    expect(findings.map((f) => f.line)).toEqual([7]);
    expect(findings[0]?.message).toBe(
      'Afsnittet siger, hvad man må eller skal ("må"), men viser ikke, hvad det bygger på. Sæt en fodnote efter påstanden, fx [^1], og skriv nederst [^1]: <kilde-id>, afsnit "…", eller vis rammen, det kommer fra, i et afsnit for sig lige efter: [Se rammen](/rammer/<id>/). Er det et princip i kilderne, så skriv det som et princip ("Frivillige supplerer …"), ikke som et forbud.',
    );
    expect(check(rammerKilder, 'De må ikke erstatte lønnede medarbejdere.', { entryKey: 'tilbud/x' }).map((f) => f.line)).toEqual([1]);
    expect(check(rammerKilder, 'De må ikke erstatte lønnede medarbejdere.', { entryKey: 'organisationer/x' }).map((f) => f.line)).toEqual([1]);
  });

  it('in rammer an embed or ramme link is no substitute for a footnote', () => {
    const body = 'Frivillige skal forsikres, se [rammen](/rammer/forsikring-af-frivillige/).\n\n[Se rammen](/rammer/frivilliges-tavshedspligt/)';
    expect(check(rammerKilder, body, RAMME).map((f) => f.line)).toEqual([1]);
  });

  it('reads only rammer, vejledninger, organisationer and tilbud, and only whole words of the list', () => {
    for (const entryKey of ['eksempler/x', 'strategi/x', 'pejlemaerker/x']) expect(check(rammerKilder, 'Regionen skal noget.', { entryKey })).toEqual([]);
    expect(normativeWord('Måske kan målene nås.')).toBeUndefined();
    expect(normativeWord('Man MÅ gerne spørge.')).toBe('må');
    expect(normativeWord('Det kræves ikke.')).toBe('kræves');
  });
});
