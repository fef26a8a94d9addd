import { describe, expect, it } from 'vitest';
import { kildehenvisninger } from '../../../src/lib/lint/rules/kb018-kildehenvisninger.ts';
import { check, SOURCES } from './support.ts';

describe('KB018 kildehenvisninger', () => {
  it('passes footnotes that name a known source and a locator, used once or more', () => {
    const body = [
      'Workshoppen havde omkring 60 deltagere.[^1] Visionen har fire pejlemærker.[^vision][^1]',
      '',
      '[^1]: potentialer-og-mulige-veje-2025, afsnit "Workshoppen"',
      '[^vision]: visionspapir-region-hovedstaden-2025, s. 4',
    ].join('\n');
    expect(check(kildehenvisninger, body, { sources: SOURCES })).toEqual([]);
  });

  it('flags an unknown source with a suggestion, a missing locator, an empty note, unused and undefined notes', () => {
    const body = [
      'Et.[^1] To.[^2] Tre.[^3] Fire.[^5]',
      '',
      '[^1]: visionspapir-region-hovedstaden-2024, afsnit "Baggrund"',
      '[^2]: visionspapir-region-hovedstaden-2025',
      '[^3]: helt-ukendt-kilde, s. 2',
      '[^4]: visionspapir-region-hovedstaden-2025, s. 4',
    ].join('\n');
    const findings = check(kildehenvisninger, body, { sources: SOURCES });
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [1, 'Henvisningen [^5] har ingen fodnote. Skriv nederst i teksten en linje som [^5]: visionspapir-region-hovedstaden-2025, afsnit "Baggrund".'],
      [3, 'Fodnoten [^1] nævner kilden "visionspapir-region-hovedstaden-2024", som ikke findes i content/kilder/. Mente du "visionspapir-region-hovedstaden-2025"? Skriv id\'et på en kilde (filnavnet uden .yaml) før kommaet, fx [^1]: visionspapir-region-hovedstaden-2025, afsnit "Baggrund", eller opret kilden i content/kilder/.'],
      [4, 'Fodnoten [^2] siger ikke, hvor i kilden påstanden står. Skriv et komma og en lokator efter kildens id, fx [^2]: visionspapir-region-hovedstaden-2025, afsnit "…" (eller s. 4, punkt 3, overskriften "…").'],
      [5, 'Fodnoten [^3] nævner kilden "helt-ukendt-kilde", som ikke findes i content/kilder/. Skriv id\'et på en kilde (filnavnet uden .yaml) før kommaet, fx [^3]: visionspapir-region-hovedstaden-2025, afsnit "Baggrund", eller opret kilden i content/kilder/.'],
      [6, 'Fodnoten [^4] bruges ikke i teksten. Sæt [^4] lige efter den påstand, kilden dokumenterer, eller slet fodnoten.'],
    ]);
  });

  it('without the source list (inside the build guard) still requires a locator', () => {
    const findings = check(kildehenvisninger, 'Tekst.[^1]\n\n[^1]: hvilken-som-helst-kilde');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^Fodnoten \[\^1\] siger ikke, hvor i kilden/);
  });
});
