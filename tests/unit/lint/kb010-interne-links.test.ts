import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx } from './support.ts';

const ORG = 'organisationer/hjerteforeningen.mdx';
const withBody = (body: string, extra: Record<string, string> = {}) =>
  lintDir(contentDir({ ...BASE, ...extra, [ORG]: mdx(VALID.organisationer, `## Om foreningen\n\n${body}`) })).filter((p) => p.rule === 'KB010');

describe('KB010 interne-links', () => {
  it('passes links to entries, their headings, list pages, pages and own headings', () => {
    const body = '[Kilden](/kilder/visionspapir-region-hovedstaden-2025/) [Om](/organisationer/hjerteforeningen/#om-foreningen) [Alle](/organisationer/) [Forsiden](/) [Her oppe](#om-foreningen) [Om stedet](/om/)';
    expect(withBody(body)).toEqual([]);
  });

  it('knows the headings of entries read after the linking one (each body is parsed once)', () => {
    const later = { 'vejledninger/zz-sidste.mdx': mdx(VALID.vejledninger, '## Sådan gør du\n\nTekst.') };
    expect(withBody('[Trin](/vejledninger/zz-sidste/#sådan-gør-du)', later)).toEqual([]);
    const [problem] = withBody('[Trin](/vejledninger/zz-sidste/#findes-ikke)', later);
    expect(problem?.message).toMatch(/^Siden \/vejledninger\/zz-sidste\/ har ingen overskrift med id "#findes-ikke"\./);
    expect(problem?.line).toBeGreaterThan(10);
  });

  it('reports a link to an entry that does not exist', () => {
    const [problem] = withBody('[Røde Kors](/organisationer/roede-kors/)');
    expect(problem?.message).toBe('Linket peger på /organisationer/roede-kors/, men den side findes ikke. Tjek stavningen (filnavnet uden endelse), eller opret posten først.');
    expect(problem?.line).toBeGreaterThan(10);
  });

  it('reports a missing heading anchor, here and on another page', () => {
    const messages = withBody('[a](#findes-ikke) [b](/organisationer/hjerteforeningen/#kontakt)').map((p) => p.message);
    expect(messages[0]).toMatch(/^Der er ingen overskrift på siden med id "#findes-ikke"\./);
    expect(messages[1]).toMatch(/^Siden \/organisationer\/hjerteforeningen\/ har ingen overskrift med id "#kontakt"\./);
  });

  it('asks for addresses from the root with a trailing slash', () => {
    const messages = withBody('[a](../kilder/) [b](/organisationer)').map((p) => p.message);
    expect(messages).toEqual(['Skriv adressen fra roden af stedet med / foran, fx /organisationer/navn/ i stedet for "../kilder/".', 'Skriv / til sidst i adressen: /organisationer/']);
  });

  it('refuses a published entry linking to a draft, and a moved address', () => {
    const draft = { 'kilder/udkast.yaml': stringify({ ...VALID.kilder, status: 'udkast' }) };
    const redirects = { 'omdirigeringer.yaml': '- fra: /organisationer/gammel/\n  til: /organisationer/hjerteforeningen/\n' };
    const messages = withBody('[a](/kilder/udkast/) [b](/organisationer/gammel/)', { ...draft, ...redirects }).map((p) => p.message);
    expect(messages).toEqual([
      'Linket peger på /kilder/udkast/, som er et udkast og ikke bliver publiceret. Publicér den først, eller fjern linket.',
      'Siden /organisationer/gammel/ er flyttet. Skriv den nye adresse: /organisationer/hjerteforeningen/',
    ]);
  });
});
