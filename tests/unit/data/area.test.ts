import { describe, expect, it } from 'vitest';
import { areaOf, countBy } from '../../../src/lib/data/area.ts';
import { areaCsv, areaFile } from '../../../src/lib/data/area-export.ts';
import { OmraadeRecordSchema } from '../../../src/lib/data/formats/area.ts';
import { fixtureContext } from './fixtures.ts';

const ctx = fixtureContext();
const council = (id: string) => ctx.model.get({ collection: 'sundhedsraad', id })!;
const ids = (members: { entry: { id: string } }[]) => members.map((m) => m.entry.id);

describe('areaOf', () => {
  it('follows references outwards: units, examples (direct or via a unit), their organisations and those organisations\' offers', () => {
    const area = areaOf(ctx, council('nord'));
    expect(ids(area.enheder)).toEqual(['hospital-nord']);
    expect(ids(area.eksempler)).toEqual(['direkte-nord', 'via-enhed-nord']);
    expect(ids(area.organisationer)).toEqual(['org-a', 'org-b']);
    expect(ids(area.tilbud)).toEqual(['samtaler-a']);
    expect(area.eksempler[1]!.grund).toContain('Hospital hospital-nord');
  });

  it('leaves out drafts and what belongs to another council', () => {
    const nord = areaOf(ctx, council('nord'));
    const all = [...nord.eksempler, ...nord.organisationer].map((m) => m.entry.id);
    expect(all).not.toContain('kladde-nord');
    expect(all).not.toContain('org-kladde');
    expect(all).not.toContain('org-c');
    const syd = areaOf(ctx, council('syd'));
    expect([ids(syd.enheder), ids(syd.eksempler), ids(syd.organisationer), ids(syd.tilbud)]).toEqual([[], ['syd'], ['org-c'], ['samtaler-c']]);
  });

  it('counts examples, organisations and offers per theme, largest first, without empty values', () => {
    const counts = countBy(areaOf(ctx, council('nord')), 'temaer');
    expect(counts[0]).toEqual({ kode: 'forebyggelse', navn: 'Forebyggelse', eksempler: 2, organisationer: 1, tilbud: 0, i_alt: 3 });
    expect(counts.every((c) => c.i_alt > 0 && c.i_alt === c.eksempler + c.organisationer + c.tilbud)).toBe(true);
    expect(counts.map((c) => c.kode)).toContain('kultur');
    expect(counts.map((c) => c.kode)).not.toContain('boligomraader');
  });
});

describe('area exports', () => {
  it('the JSON file matches its format and holds the same entries as the area', () => {
    const file = areaFile(ctx, council('nord'));
    expect(OmraadeRecordSchema.safeParse(file).success).toBe(true);
    expect(file.organisationer.map((o) => o.post.vidensbasen.slug)).toEqual(['organisationer/org-a', 'organisationer/org-b']);
    expect(file.sundhedsraad.contacts).toEqual([expect.objectContaining({ title: 'Civilsamfundskoordinator', email: 'civilsamfund@region.example.dk' })]);
  });

  it('the CSV has one row per entry after the header', () => {
    const lines = areaCsv(ctx, council('nord')).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 1 + 2 + 2 + 1);
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['Regional enhed', 'Eksempel', 'Eksempel', 'Organisation', 'Organisation', 'Tilbud']);
  });
});
