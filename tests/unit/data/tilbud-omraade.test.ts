import { describe, expect, it } from 'vitest';
import { omraadePaths, omraader, raadForKommune, tilbudI, tilbudOmraadeCsv } from '../../../src/lib/data/tilbud-omraade.ts';
import { coverageContext } from './fixtures.ts';

const ctx = coverageContext();
const ids = (groups: ReturnType<typeof tilbudI>) => Object.fromEntries(Object.entries(groups).map(([g, ms]) => [g, ms.map((m) => m.entry.id)]));

describe('offers by place (the static kommune / council filter)', () => {
  const all = omraader(ctx);

  it('has one area per published council and one per kommune of the region, with their page and CSV addresses', () => {
    expect(all.filter((o) => o.slags === 'sundhedsraad').map((o) => o.slug)).toEqual(['sundhedsraad-amager-og-vestegnen']);
    expect(all.filter((o) => o.slags === 'kommune')).toHaveLength(46);
    expect(omraadePaths('hoeje-taastrup')).toEqual({ page: '/tilbud/omraade/hoeje-taastrup/', csv: '/data/tilbud/omraade/hoeje-taastrup.csv' });
    expect(all.map((o) => o.slug)).toContain('hoeje-taastrup');
  });

  it('a kommune gets offers naming it, plus whole-region, national and online offers; not unknown ones', () => {
    const taarnby = all.find((o) => o.slug === 'taarnby')!;
    expect(ids(tilbudI(ctx, taarnby))).toEqual({ lokal: ['lokalt-tilbud'], region: [], land: [], online: ['online-tilbud'] });
    const koege = all.find((o) => o.slug === 'koege')!;
    expect(ids(tilbudI(ctx, koege))).toEqual({ lokal: [], region: [], land: [], online: ['online-tilbud'] });
  });

  it('a council gets the offers of its page, and a kommune names its council only when a source does', () => {
    const av = all.find((o) => o.slags === 'sundhedsraad')!;
    expect(ids(tilbudI(ctx, av))).toEqual({ lokal: ['lokalt-tilbud'], region: [], land: [], online: ['online-tilbud'] });
    const taarnby = all.find((o) => o.slug === 'taarnby');
    const koege = all.find((o) => o.slug === 'koege');
    expect(taarnby?.slags === 'kommune' && raadForKommune(ctx, taarnby.kommune)?.id).toBe('sundhedsraad-amager-og-vestegnen');
    expect(koege?.slags === 'kommune' && raadForKommune(ctx, koege.kommune)).toBeUndefined();
  });

  it('the CSV is for Danish Excel (BOM, semicolons, CRLF) and has the same rows as the page', () => {
    const csv = tilbudOmraadeCsv(ctx, all.find((o) => o.slug === 'taarnby')!);
    expect(csv.startsWith('\uFEFFTilbud;Organisation;')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Tilbud lokalt-tilbud;Forening lokal-forening;/);
    expect(lines[2]).toMatch(/^Tilbud online-tilbud;/);
  });
});
