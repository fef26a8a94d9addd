import { describe, expect, it } from 'vitest';
import { processPhrases, procesnoter } from '../../../src/lib/lint/rules/kb025-procesnoter.ts';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, check, contentDir, lintDir, mdx } from './support.ts';

const INSTEAD = 'Skriv kun, hvad der er usikkert ved oplysningen, fx „Det er ikke bekræftet, at …", eller fjern sætningen, hvis den ikke længere passer.';

describe('KB025 procesnoter', () => {
  it('passes uncertainty about the fact itself, and words that only look alike', () => {
    const body = [
      'Det er ikke bekræftet, om tilbuddet koster noget.',
      '',
      'Patienten kan læse igennem aftalen, før den underskrives. Kopien af aftalen gemmes hos afdelingen.',
      '',
      '## Gennemgang af aftalen',
      '',
      'Vi har kunnet se, at caféen holder åbent.',
    ].join('\n');
    expect(check(procesnoter, body)).toEqual([]);
    expect(processPhrases('Genlæsningen viste intet.')).toEqual(['Genlæsningen']);
    expect(processPhrases('Regenlæst?')).toEqual([]);
  });

  it('flags process language in the body, also when a link or bold splits the phrase, with what to write instead', () => {
    const body = [
      'Kilden kunne ikke genlæses.',
      '',
      '- Siden har ikke kunnet **læses igen** ved den [seneste gennemgang](/bidrag/).',
      '',
      'Vi har ikke kunnet bekræfte det. Ifølge vores gemte kopier er det rigtigt.',
    ].join('\n');
    const findings = check(procesnoter, body);
    expect(findings.map((f) => f.line)).toEqual([1, 3, 5]);
    expect(findings[0]?.message).toBe(`Teksten siger "genlæses", som handler om, hvordan siden er lavet, og ikke om sagen. Skriv noten til redaktionen i feltet redaktionsnoter. ${INSTEAD}`);
    expect(findings[1]?.message).toContain('Teksten siger "læses igen" og "seneste gennemgang", som');
    expect(findings[2]?.message).toContain('Teksten siger "gemte kopier" og "Vi har ikke kunnet", som');
  });

  it('flags every reader field in the frontmatter – forbehold, beskrivelse, resume – but never redaktionsnoter', () => {
    const data = {
      ...VALID.organisationer,
      resume: 'En forening. Vi kunne ikke finde dens vedtægter.',
      forbehold: ['Det er ikke bekræftet, hvor foreningen har afdelinger.', 'Siden har ikke kunnet læses igen ved den seneste gennemgang.'],
      redaktionsnoter: ['Siden har ikke kunnet læses igen ved den seneste gennemgang; vores gemte kopi er fra november.'],
    };
    const source = { ...VALID.kilder, beskrivelse: 'Artiklen er ikke dateret i vores gemte kopi.' };
    const files = { ...BASE, 'kilder/visionspapir-region-hovedstaden-2025.yaml': `${Object.entries(source).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n`, 'organisationer/hjerteforeningen.mdx': mdx(data) };
    const problems = lintDir(contentDir(files)).filter((p) => p.rule === 'KB025');
    expect(problems.map((p) => `${p.file.split('/').slice(-2).join('/')} ${p.field}`)).toEqual([
      'kilder/visionspapir-region-hovedstaden-2025.yaml beskrivelse',
      'organisationer/hjerteforeningen.mdx resume',
      'organisationer/hjerteforeningen.mdx forbehold.1',
    ]);
    expect(problems[2]?.message).toBe(`"læses igen" og "seneste gennemgang" handler om, hvordan siden er lavet, og ikke om sagen – og feltet vises for læserne. Flyt noten til feltet redaktionsnoter. ${INSTEAD}`);
    expect(problems[2]?.severity).toBe('fejl');
  });
});
