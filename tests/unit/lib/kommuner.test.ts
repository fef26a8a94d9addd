import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kommunerI, RAAD_KOMMUNER, REGION_KOMMUNER, REGION_KOMMUNER_KILDER, sundhedsraadForKommune } from '../../../src/schemas/shared/kommuner.ts';

const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;

describe('kommune → sundhedsråd, from the sourced lists', () => {
  it('holds the 46 kommuner of Region Østdanmark once each, with sources', () => {
    expect(REGION_KOMMUNER).toHaveLength(46);
    expect(new Set(REGION_KOMMUNER).size).toBe(46);
    expect(REGION_KOMMUNER_KILDER.length).toBeGreaterThan(0);
  });

  it('places the nine kommuner of Amager og Vestegnen there, the list marked complete', () => {
    for (const k of ['Albertslund', 'Brøndby', 'Dragør', 'Glostrup', 'Hvidovre', 'Høje-Taastrup', 'Ishøj', 'Tårnby', 'Vallensbæk']) {
      expect(sundhedsraadForKommune(k)?.sundhedsraad).toBe('sundhedsraad-amager-og-vestegnen');
    }
    expect(kommunerI('sundhedsraad-amager-og-vestegnen')?.komplet).toBe(true);
  });

  it('places København and Frederiksberg in Hovedstaden, the list not confirmed complete', () => {
    expect(sundhedsraadForKommune('København')?.sundhedsraad).toBe('sundhedsraad-hovedstaden');
    expect(sundhedsraadForKommune('Frederiksberg')?.sundhedsraad).toBe('sundhedsraad-hovedstaden');
    expect(kommunerI('sundhedsraad-hovedstaden')?.komplet).toBe(false);
  });

  it('places no kommune that no source places (fx Hillerød, Køge)', () => {
    expect(sundhedsraadForKommune('Hillerød')).toBeUndefined();
    expect(sundhedsraadForKommune('Køge')).toBeUndefined();
    expect(kommunerI('sundhedsraad-nordsjaelland')?.kommuner).toEqual([]);
  });

  it('refuses a kommune outside the region with a Danish message', () => {
    expect(() => sundhedsraadForKommune('Aarhus')).toThrow('"Aarhus" er ikke en af Region Østdanmarks 46 kommuner.');
  });

  it('puts no kommune in two councils, and every list with kommuner cites a source', () => {
    const all = RAAD_KOMMUNER.flatMap((r) => r.kommuner);
    expect(new Set(all).size).toBe(all.length);
    for (const r of RAAD_KOMMUNER) if (r.kommuner.length > 0) expect(r.kilder.length).toBeGreaterThan(0);
  });

  it('agrees with the councils in content/sundhedsraad/ (kommuner and kommunerVerificeret)', () => {
    const dir = 'content/sundhedsraad';
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.map((f) => f.replace(/\.mdx$/, '')).sort()).toEqual(RAAD_KOMMUNER.map((r) => r.sundhedsraad).sort());
    for (const f of files) {
      const data = frontmatter(`${dir}/${f}`);
      const list = kommunerI(f.replace(/\.mdx$/, ''))!;
      expect(data['kommuner']).toEqual([...list.kommuner]);
      expect(data['kommunerVerificeret']).toBe(list.komplet);
      for (const { kilde } of list.kilder) expect((data['kilder'] as string[])).toContain(kilde);
    }
  });

  it('cites only sources that exist in content/kilder/', () => {
    const ids = new Set(readdirSync('content/kilder').map((f) => f.replace(/\.yaml$/, '')));
    for (const { kilde } of [...REGION_KOMMUNER_KILDER, ...RAAD_KOMMUNER.flatMap((r) => r.kilder)]) expect(ids.has(kilde), kilde).toBe(true);
  });
});
