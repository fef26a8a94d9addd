import { describe, expect, it } from 'vitest';
import { rammeIndlejring } from '../../../src/lib/lint/rules/kb026-ramme-indlejring.ts';
import { check } from './support.ts';

describe('KB026 ramme-indlejring', () => {
  it('passes a paragraph with only a link to /rammer/<id>/, and ramme links inside sentences and lists', () => {
    const body = [
      '[Se rammen](/rammer/frivilliges-tavshedspligt/)',
      '',
      'Læs [afsnittet om samtykke](/rammer/patientoplysninger-deles-kun-med-samtykke/#kort-fortalt) først.',
      '',
      '- [Forsikring](/rammer/forsikring-af-frivillige/#det-skal-du-gore)',
      '',
      '[Alle rammer](/rammer/)',
    ].join('\n');
    expect(check(rammeIndlejring, body, { entryKey: 'vejledninger/x' })).toEqual([]);
  });

  it('flags an embed whose address has an anchor, a query or no closing slash, with what to write', () => {
    const body = ['[Se rammen](/rammer/forsikring-af-frivillige/#kort-fortalt)', '', '[Se rammen](/rammer/forsikring-af-frivillige)', '', '[x](/rammer/Forsikring/?a=1)'].join('\n');
    const findings = check(rammeIndlejring, body, { entryKey: 'vejledninger/x' });
    expect(findings.map((f) => f.line)).toEqual([1, 3, 5]);
    expect(findings[0]?.message).toBe(
      'Afsnittet er kun et link til /rammer/forsikring-af-frivillige/#kort-fortalt, så det vises som rammen selv – men adressen er ikke på formen /rammer/<id>/. Skriv rammens adresse med / til sidst og uden #, ? eller andet efter, fx [Se rammen](/rammer/frivilliges-tavshedspligt/). Vil du linke til et sted i rammen, så skriv linket inde i en sætning.',
    );
  });

  it('flags a ramme that embeds itself', () => {
    const findings = check(rammeIndlejring, 'Tekst.\n\n[Se rammen](/rammer/x/)', { entryKey: 'rammer/x' });
    expect(findings).toEqual([{ line: 3, message: 'Rammen viser sig selv (/rammer/x/). Slet afsnittet, eller vis en anden ramme.' }]);
  });
});
