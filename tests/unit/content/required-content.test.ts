import { describe, expect, it } from 'vitest';
import { buildBacklinks } from '../../../src/lib/relations.ts';
import type { CollectionName } from '../../../src/schemas/index.ts';
import { entries, ids, of, published } from './corpus.ts';

/** What the source documents name and the site must hold (issue: content). */
const ORGANISATIONS = [
  'kraeftens-bekaempelse', 'hjerteforeningen', 'haab-i-psykiatrien', 'brugernes-akademi', 'roede-kors-hovedstaden', 'dansk-roede-kors',
  'social-sundhed', 'danske-hospitalsklovne', 'weshelter', 'maskine-maskine-amager', 'den-sociale-investeringsfond', 'blaa-kors-danmark',
  'kirkens-korshaer', 'moedrehjaelpen', 'kofoeds-skole',
];
const BEARINGS = ['pejlemaerke-1-forebyggelse', 'pejlemaerke-2-lighed-i-sundhed', 'pejlemaerke-3-bro-til-hverdagsliv', 'pejlemaerke-4-udvikling-af-loesninger'];
const FRAMEWORKS = [
  'ikke-oekonomisk-stoette-men-finansiering-af-samarbejder', 'samarbejder-skal-vedroere-kerneopgaver', 'juridisk-vurdering-af-konkrete-samarbejder',
  'krav-til-partnere-arbejdsklausul', 'frivillige-supplerer-ikke-erstatter', 'frivilliges-tavshedspligt', 'forsikring-af-frivillige',
  'langsigtede-aftaler-frem-for-etaarige-projektmidler',
];
const GUIDES = [
  'saadan-starter-du-et-samarbejde', 'frivillige-paa-afdelingen', 'sociale-henvisninger', 'saadan-samarbejder-i-med-regionen',
  'det-maa-regionen-og-det-maa-den-ikke', 'civilsamfundskoordinatorens-rolle', 'kortlaegning-af-lokale-tilbud', 'saadan-bidrager-du',
];
const SOURCES = [
  'visionspapir-region-hovedstaden-2025', 'budgetforslag-5-9-civilsamfundsstrategien-2026', 'sammen-om-fremtidens-sundhed-region-midtjylland-2025',
  'budgetforslag-strategi-civilsamfund-2024', 'potentialer-og-mulige-veje-2025',
];

/** The named collaborations: an example must link this organisation (and unit, where named). */
const EXAMPLES: [string, string, string?][] = [
  ['Herlev og Gentofte Hospital og Kræftens Bekæmpelse', 'kraeftens-bekaempelse', 'herlev-og-gentofte-hospital'],
  ['Nordsjællands Hospital og Hjerteforeningen', 'hjerteforeningen', 'nordsjaellands-hospital'],
  ['Psykiatrisk Center København og Håb i Psykiatrien', 'haab-i-psykiatrien', 'psykiatrisk-center-koebenhavn'],
  ['Brugernes Akademis mobile klinik', 'brugernes-akademi'],
  ['Røde Kors Hovedstadens omsorgscenter', 'roede-kors-hovedstaden'],
  ['Amager og Hvidovre Hospital og Social Sundhed', 'social-sundhed', 'amager-og-hvidovre-hospital'],
  ['Rigshospitalet og Danske Hospitalsklovne', 'danske-hospitalsklovne', 'rigshospitalet'],
  ['Bispebjerg Hospital og WeShelter', 'weshelter', 'bispebjerg-hospital'],
  ['Psykiatrisk Center Amager og Maskine Maskine Amager', 'maskine-maskine-amager', 'psykiatrisk-center-amager'],
];

const has = (collection: CollectionName, id: string) => of(collection).some((e) => e.file.id === id);

describe('the content holds what the source documents name', () => {
  it.each(SOURCES)('source document %s', (id) => expect(has('kilder', id)).toBe(true));
  it.each(ORGANISATIONS)('organisation %s', (id) => expect(has('organisationer', id)).toBe(true));
  it.each(BEARINGS)('bearing %s', (id) => expect(has('pejlemaerker', id)).toBe(true));
  it.each(FRAMEWORKS)('framework %s', (id) => expect(has('rammer', id)).toBe(true));
  it.each(GUIDES)('guide %s', (id) => expect(has('vejledninger', id)).toBe(true));

  it.each(EXAMPLES)('example: %s', (_, organisation, unit) => {
    const match = of('eksempler').find((e) => ids(e.data.organisationer).includes(organisation) && (!unit || ids(e.data.enheder).includes(unit)));
    expect(match, `intet eksempel forbinder ${organisation}${unit ? ` og ${unit}` : ''}`).toBeDefined();
  });

  it('holds Region Midtjylland\'s examples and at least 15 examples in all', () => {
    const midt = of('eksempler').filter((e) => e.data.region === 'midtjylland');
    expect(midt.length).toBeGreaterThanOrEqual(6);
    expect(of('eksempler').length).toBeGreaterThanOrEqual(15);
  });

  it('has the minimum number of entries per collection', () => {
    expect(of('organisationer').length).toBeGreaterThanOrEqual(18);
    expect(of('ordliste').length).toBeGreaterThanOrEqual(25);
    for (const collection of ['strategi', 'tilbud', 'enheder', 'sundhedsraad'] as const) expect(of(collection).length).toBeGreaterThanOrEqual(2);
  });
});

describe('every entry is sourced and connected', () => {
  it('every entry except the sources themselves names at least one source', () => {
    const unsourced = published.filter((e) => e.file.collection !== 'kilder' && ids('kilder' in e.data ? e.data.kilder : []).length === 0).map((e) => e.file.path);
    expect(unsourced).toEqual([]);
  });

  const backlinks = buildBacklinks(published.map((e) => ({ collection: e.file.collection, id: e.file.id, data: e.data })));
  const from = (key: string, collections: string[]) => (backlinks.get(key) ?? []).filter((b) => collections.includes(b.from.collection));

  it('every organisation has at least one example or offer', () => {
    const lonely = of('organisationer').map((e) => e.file.id).filter((id) => from(`organisationer/${id}`, ['eksempler', 'tilbud']).length === 0);
    expect(lonely).toEqual([]);
  });

  it('every bearing has at least one example', () => {
    const lonely = of('pejlemaerker').map((e) => e.file.id).filter((id) => from(`pejlemaerker/${id}`, ['eksempler']).length === 0);
    expect(lonely).toEqual([]);
  });

  it('every file parses (no entry is silently dropped from these checks)', () => {
    expect(entries.length).toBe(published.length + entries.filter((e) => e.data.status === 'udkast').length);
  });
});
