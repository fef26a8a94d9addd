import { describe, expect, it } from 'vitest';
import { bemaerk } from '../../../src/lib/lint/rules/kb024-bemaerk.ts';
import { check } from './support.ts';

const messages = (body: string) => check(bemaerk, body).map((f) => f.message);

describe('KB024 bemaerk', () => {
  it.each(['info', 'advarsel', 'fejl', 'succes'])('passes a callout of type "%s" with text', (type) => {
    expect(check(bemaerk, `Tekst før.\n\n<Bemaerk type="${type}">\n\nHusk at **tjekke** [aftalen](/rammer/x/).\n\n</Bemaerk>\n`)).toEqual([]);
  });

  it('passes text without callouts', () => {
    expect(check(bemaerk, '## Overskrift\n\nIngen boks her.')).toEqual([]);
  });

  it('refuses a callout without type, naming the line', () => {
    const [finding] = check(bemaerk, 'Første linje.\n\n<Bemaerk>\n\nTekst.\n\n</Bemaerk>');
    expect(finding).toEqual({ line: 3, message: '<Bemaerk> mangler "type". Skriv fx <Bemaerk type="advarsel">. Tilladte typer: info, advarsel, fejl, succes.' });
  });

  it('refuses a type outside the four', () => {
    expect(messages('<Bemaerk type="tip">\n\nTekst.\n\n</Bemaerk>')).toEqual(['type="tip" er ikke en tilladt type på <Bemaerk>. Skriv en af: info, advarsel, fejl, succes.']);
  });

  it('refuses other attributes', () => {
    expect(messages('<Bemaerk type="info" titel="Husk">\n\nTekst.\n\n</Bemaerk>')).toEqual([
      'Attributten "titel" er ikke tilladt på <Bemaerk>. Kun "type" er tilladt; skriv resten som tekst i boksen.',
    ]);
  });

  it('refuses expressions as the type value and spread attributes', () => {
    expect(messages('<Bemaerk type={process.env.HEMMELIG}>\n\nTekst.\n\n</Bemaerk>')).toEqual([
      '"type" på <Bemaerk> skal skrives i anførselstegn, fx <Bemaerk type="advarsel">. Tilladte typer: info, advarsel, fejl, succes.',
    ]);
    expect(messages('<Bemaerk type="info" {...props}>\n\nTekst.\n\n</Bemaerk>')).toEqual([
      '<Bemaerk> har kode ({…}) blandt attributterne. Slet det, og skriv kun type i anførselstegn, fx <Bemaerk type="advarsel">.',
    ]);
  });

  it('refuses an empty callout', () => {
    expect(messages('<Bemaerk type="advarsel">\n\n</Bemaerk>')).toEqual(['<Bemaerk> er tom. Skriv teksten mellem <Bemaerk type="advarsel"> og </Bemaerk>.']);
    expect(messages('<Bemaerk type="advarsel" />')).toEqual(['<Bemaerk> er tom. Skriv teksten mellem <Bemaerk type="advarsel"> og </Bemaerk>.']);
  });

  it('refuses a callout inside a paragraph, also one written on a single line', () => {
    const inline = '<Bemaerk> står inde i et afsnit. Skriv <Bemaerk type="advarsel"> og </Bemaerk> på hver sin linje med en tom linje før og efter teksten.';
    expect(messages('Tekst med <Bemaerk type="info">inde i</Bemaerk> sætningen.')).toEqual([inline]);
    expect(messages('<Bemaerk type="info">Kort besked.</Bemaerk>')).toEqual([inline]);
  });
});
