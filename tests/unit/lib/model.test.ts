import { describe, expect, it } from 'vitest';
import { buildModel, entryUrl, isEntryOf, isPublished, keyOf, sourcePath, summaryOf, titleOf } from '../../../src/lib/model.ts';
import { COLLECTION_DEFINITIONS, COLLECTIONS } from '../../../src/schemas/index.ts';
import { draft, entry, fixtureEntries, org } from '../data/fixtures.ts';
import { VALID } from '../schemas/fixtures.ts';

const begreb = entry('ordliste', 'frivillig', { term: 'Frivillig', definition: 'En, der hjælper uden løn.', synonymer: [], kilder: ['kilde-a'] });
const entries = [...fixtureEntries(), begreb];

describe('the entry model', () => {
  it('names an entry by its titel, navn or term, and sums it up by its resume, beskrivelse or definition', () => {
    const byKey = new Map(entries.map((e) => [keyOf(e), e]));
    expect(titleOf(byKey.get('kilder/kilde-a')!)).toBe('Visionspapir');
    expect(summaryOf(byKey.get('kilder/kilde-a')!)).toBe('Et papir.');
    expect(titleOf(byKey.get('organisationer/org-a')!)).toBe('Forening org-a');
    expect(summaryOf(byKey.get('organisationer/org-a')!)).toBe('Støtter patienter; også pårørende.');
    expect(titleOf(begreb)).toBe('Frivillig');
    expect(summaryOf(begreb)).toBe('En, der hjælper uden løn.');
  });

  it.each(COLLECTIONS.keys)('names a valid %s entry by the field the registry calls its title', (collection) => {
    const valid = entry(collection, 'gyldig', VALID[collection]);
    expect(titleOf(valid)).toBe(VALID[collection][COLLECTION_DEFINITIONS[collection].titleField]);
    expect(summaryOf(valid)).not.toBe('');
  });

  it('gives each entry its key, page address and source file', () => {
    expect(keyOf(begreb)).toBe('ordliste/frivillig');
    expect(entryUrl(begreb)).toBe('/ordliste/frivillig/');
    expect(sourcePath(begreb)).toBe('content/ordliste/frivillig.yaml');
    expect(sourcePath({ collection: 'organisationer', id: 'org-a' })).toBe('content/organisationer/org-a.mdx');
  });

  it('keeps what `keep` allows, collection by collection in the site order, each by Danish title (aa as å)', () => {
    const model = buildModel([org('aase'), org('zenia'), org('oeverst', { navn: 'Øverste forening' }), ...entries], isPublished);
    expect(model.all.some((e) => !isPublished(e))).toBe(false);
    expect(model.of('organisationer').map((e) => e.id)).toEqual(['org-a', 'org-b', 'org-c', 'zenia', 'aase', 'oeverst']);
    expect(model.all[0]?.collection).toBe('pejlemaerker');
    expect(model.all.at(-1)?.collection).toBe('kilder');
  });

  it('resolves references to entries in the model and leaves out the rest, such as drafts', () => {
    const model = buildModel([...entries, draft(org('kladde'))], isPublished);
    const found = model.resolve([{ collection: 'organisationer', id: 'org-a' }, { collection: 'organisationer', id: 'kladde' }, { collection: 'organisationer', id: 'findes-ikke' }]);
    expect(found.map(keyOf)).toEqual(['organisationer/org-a']);
    expect(model.get({ collection: 'sundhedsraad', id: 'nord' })?.data.indgang).toEqual({ rolle: 'Civilsamfundskoordinator', mail: 'mailto:civilsamfund@region.example.dk' });
    expect(model.resolve(undefined)).toEqual([]);
  });

  it('knows who refers to an entry, once per referring entry', () => {
    const model = buildModel(entries, isPublished);
    expect(model.backlinks.get('organisationer/org-a')?.map((l) => keyOf(l.from))).toEqual(['eksempler/direkte-nord', 'tilbud/samtaler-a']);
  });

  it('narrows an entry to its collection with a typed guard', () => {
    const tilbud = entries.filter(isEntryOf('tilbud'));
    expect(tilbud.map((t) => t.data.organisation.id)).toEqual(['org-a', 'org-c']);
  });
});
