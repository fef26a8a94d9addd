import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx } from './support.ts';

const offer = (extra: object = {}) => mdx({ ...VALID.tilbud, ...extra }, '## Om tilbuddet\n\nTekst.');
const kb029 = (files: Record<string, string>) => lintDir(contentDir({ ...BASE, ...files })).filter((p) => p.rule === 'KB029');

describe('KB029 daekning', () => {
  it('warns (not fails) on an offer without coverage, naming the field and what to write', () => {
    const file = offer();
    const titleLine = file.split('\n').findIndex((l) => l.startsWith('titel:')) + 1;
    const problems = kb029({ 'tilbud/patientstoetter.mdx': file });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'advarsel', field: 'daekning', file: expect.stringContaining('tilbud/patientstoetter.mdx'), line: titleLine });
    expect(problems[0]?.message).toContain('Tilbuddet har ikke feltet "daekning"');
    expect(problems[0]?.message).toContain('omfang: ukendt, hvis ingen kilde siger det');
  });

  it('is quiet when the offer records its coverage, also "ukendt"', () => {
    expect(kb029({ 'tilbud/a.mdx': offer({ daekning: { omfang: 'kommuner', kommuner: ['Hvidovre'] } }), 'tilbud/b.mdx': offer({ daekning: { omfang: 'ukendt' } }) })).toEqual([]);
  });

  it('asks nothing of organisations, examples or units', () => {
    expect(kb029({ 'organisationer/b.mdx': mdx(VALID.organisationer, 'Tekst.'), 'enheder/x.yaml': stringify(VALID.enheder) })).toEqual([]);
  });
});
