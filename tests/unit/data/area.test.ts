import { describe, expect, it } from 'vitest';
import { areaOf, countBy } from '../../../src/lib/data/area.ts';
import { areaCsv, areaFile } from '../../../src/lib/data/area-export.ts';
import { OmraadeRecordSchema } from '../../../src/lib/data/formats/area.ts';
import { coverageContext, fixtureContext } from './fixtures.ts';
import { membersByGroup } from '../../../src/lib/data/area.ts';
import { parseCsv } from '../../support/csv.ts';

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

describe('areaOf with coverage (daekning): local, regional, national and online entries', () => {
  const cov = coverageContext();
  const av = cov.model.get({ collection: 'sundhedsraad', id: 'sundhedsraad-amager-og-vestegnen' })!;
  const area = areaOf(cov, av);
  const groups = membersByGroup(area);
  const grouped = Object.fromEntries(Object.entries(groups).map(([g, members]) => [g, members.map((m) => `${m.entry.collection}/${m.entry.id}`)]));

  it('reads the council\'s kommuner from the sourced list, not from the entry', () => {
    expect(area.kommuner).toHaveLength(9);
    expect(area.kommunerKomplet).toBe(true);
  });

  it('groups entries: local by a kommune of the council, whole region, whole country, online; leaves out other kommuner, unknown, outside and drafts', () => {
    expect(grouped).toEqual({
      lokal: ['organisationer/lokal-forening', 'tilbud/lokalt-tilbud'],
      region: ['organisationer/region-forening'],
      land: ['organisationer/lands-forening'],
      online: ['tilbud/online-tilbud'],
    });
  });

  it('gives each entry its reason, naming only the council\'s kommuner', () => {
    const reasons = Object.fromEntries(Object.values(groups).flat().map((m) => [m.entry.id, m.grund]));
    expect(reasons).toEqual({
      'lokal-forening': 'Arbejder i Hvidovre, som hører til sundhedsrådets område.',
      'lokalt-tilbud': 'Arbejder i Tårnby, som hører til sundhedsrådets område.',
      'region-forening': 'Dækker hele Region Østdanmark.',
      'lands-forening': 'Dækker hele landet.',
      'online-tilbud': 'Foregår online og kan bruges uanset hvor man bor.',
    });
  });

  it('the JSON export carries the groups, reasons, coverage and HSDS service areas, and matches its format', () => {
    const file = areaFile(cov, av);
    expect(OmraadeRecordSchema.safeParse(file).success).toBe(true);
    expect(file.kommuner).toContain('Hvidovre');
    expect(file.organisationer.map((o) => [o.post.vidensbasen.slug, o.gruppe.kode])).toEqual([
      ['organisationer/lands-forening', 'land'], ['organisationer/lokal-forening', 'lokal'], ['organisationer/region-forening', 'region'],
    ]);
    const lokal = file.organisationer.find((o) => o.post.vidensbasen.slug === 'organisationer/lokal-forening')!;
    expect(lokal.post.vidensbasen.daekning).toEqual({
      omfang: { kode: 'kommuner', navn: 'Bestemte kommuner' }, kommuner: ['Hvidovre', 'Hillerød'], grundlag: 'Adressen har postnummer 2650, som kun ligger i Hvidovre Kommune.',
    });
    const online = file.tilbud.find((t) => t.post.vidensbasen.slug === 'tilbud/online-tilbud')!;
    expect(online.post.service_areas.map((a) => a.name)).toEqual(['Ikke oplyst', 'Online']);
    expect(online.post.service_at_locations.map((l) => l.location.location_type)).toEqual(['virtual']);
    const lokalt = file.tilbud.find((t) => t.post.vidensbasen.slug === 'tilbud/lokalt-tilbud')!;
    expect(lokalt.post.service_areas.map((a) => a.name)).toEqual(['Ikke oplyst', 'Tårnby Kommune']);
  });

  it('the CSV has the same rows, grouped, with group, coverage and reason columns', () => {
    const csv = areaCsv(cov, av);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header = [], ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(expect.arrayContaining(['Slags', 'Navn', 'Gruppe', 'Dækning', 'Hvorfor i området']));
    const col = (name: string) => header.indexOf(name);
    expect(rows.map((r) => [r[col('Navn')], r[col('Gruppe')]])).toEqual([
      ['Forening lokal-forening', 'Lokalt i rådets kommuner'], ['Tilbud lokalt-tilbud', 'Lokalt i rådets kommuner'],
      ['Forening region-forening', 'Hele regionen'], ['Forening lands-forening', 'Hele landet'], ['Tilbud online-tilbud', 'Online'],
    ]);
    expect(rows[0]![col('Dækning')]).toBe('Bestemte kommuner: Hvidovre, Hillerød');
  });
});
