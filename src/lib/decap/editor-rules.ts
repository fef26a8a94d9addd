/**
 * Which rules of the content check the web editor applies in the form before saving, and why the
 * others are shown only after saving, as the pull request's check result. A test keeps this table
 * equal to the rules in src/lib/lint/index.ts, and saves every listed sample through both.
 * README and CONTRIBUTING print this table (a test keeps them equal too).
 */
export type EditorCoverage = { form: string } | { afterSave: string };

export const EDITOR_RULES: Record<string, EditorCoverage> = {
  KB001: { form: 'Påkrævede felter, faste valglister, CVR-nummerets kontrolciffer, fælles postkasse, hovednummer, https-adresse og datoerne for gennemgang i rækkefølge.' },
  KB002: { afterSave: 'Kildevælgeren viser kun kilder, der findes; om en valgt kilde selv er publiceret, ved kun hele stedet.' },
  KB003: { form: 'Brødteksten: krøllede parenteser, HTML-kommentarer og en Bemaerk uden slutning.' },
  KB004: { form: 'Brødteksten: linjer, der begynder med import eller export.' },
  KB005: { form: 'Brødteksten: udtryk i krøllede parenteser.' },
  KB006: { form: 'Brødteksten: kun Bemaerk med en af de fire typer.' },
  KB007: { form: 'Brødteksten: HTML-elementer som div og script.' },
  KB008: { form: 'Brødteksten: links, der ikke begynder med https:, mailto:, tel: eller /.' },
  KB009: { form: 'Brødteksten: billeder uden en alt-tekst, der siger, hvad billedet viser.' },
  KB010: { afterSave: 'Links til andre sider og deres overskrifter kan kun tjekkes mod hele stedet.' },
  KB011: { form: 'Alle tekstfelter og brødteksten: CPR-numre, med undtagelserne i content/undtagelser.yaml.' },
  KB012: { form: 'Alle tekstfelter og brødteksten: personlige mailadresser og mobilnumre, med undtagelserne i content/undtagelser.yaml.' },
  KB013: { form: 'Brødteksten: linktekster som klik her og læs mere.' },
  KB014: { form: 'Næste gennemgang må ikke være passeret.' },
  KB015: { form: 'Alle tekstfelter og brødteksten: pladsholderen UDFYLD.' },
  KB016: { afterSave: 'Omdirigeringer står i content/omdirigeringer.yaml, som webeditoren ikke retter.' },
  KB017: { afterSave: 'Webeditoren laver selv filnavnet ud fra titlen efter stedets regel; der er intet at udfylde.' },
  KB018: { afterSave: 'Fodnoterne tjekkes mod kilderegistret og brødtekstens træ (MDX-læseren), som ikke findes i browseren.' },
  KB019: { afterSave: 'Afsnittene i en ramme læses af MDX-læseren, som ikke findes i browseren.' },
  KB020: { afterSave: 'Afsnit med tal læses af MDX-læseren, som ikke findes i browseren; reglen giver kun en advarsel.' },
  KB021: { afterSave: 'Citater tjekkes ord for ord mod de fem kildedokumenter, som ikke er i webeditoren.' },
  KB022: { afterSave: 'Kopieret tekst findes ved at sammenligne med de fem kildedokumenter, som ikke er i webeditoren.' },
  KB023: { afterSave: 'Stavekontrollen bruger ordbogen og navnene i hele indholdet.' },
  KB024: { form: 'Brødteksten: Bemaerk med en af de fire typer og tekst indeni.' },
  KB025: { afterSave: 'Procesnoter findes i brødtekstens afsnit og overskrifter, som MDX-læseren deler op; den findes ikke i browseren.' },
  KB026: { afterSave: 'Et afsnit, der kun er et link til en ramme, genkendes i brødtekstens træ (MDX-læseren), som ikke findes i browseren.' },
  KB027: { afterSave: 'Sætninger om datoer læses i brødtekstens træ (MDX-læseren), som ikke findes i browseren; reglen giver kun en advarsel.' },
  KB028: { afterSave: 'LIX regnes på brødtekstens træ (MDX-læseren), som ikke findes i browseren; reglen giver kun en advarsel, og tallet står i resuméet på pull requesten.' },
  KB029: { afterSave: 'Webeditoren viser feltet Dækning med kommunerne som liste; at feltet mangler på et tilbud, giver kun en advarsel, fordi et udkast må gemmes uden.' },
  KB030: { afterSave: 'Gælder filer og mapper i repositoryet; webeditoren skriver kun posternes egne filer.' },
  KB031: { form: 'Alle tekstfelter og brødteksten: usynlige tegn.' },
};
