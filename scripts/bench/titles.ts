/**
 * Unique titles and ids for the synthetic entries. Ids are slugs of the titles, as an editor
 * would name the files; a repeated title gets a district or a number, as real catalogues do.
 */
import type { CollectionName } from '../../src/schemas/index.ts';
import * as da from './danish.ts';
import type { Random } from './prng.ts';

const DISTRICTS = ['Nord', 'Syd', 'Øst', 'Vest', 'Centrum'] as const;
const STRATEGY = ['Vision og baggrund', 'Mål for samarbejdet', 'Organisering og implementering', 'Opfølgning og læring'] as const;
const BEARINGS = ['Sundhed tæt på borgeren', 'Lighed i sundhed', 'Stærke fællesskaber', 'Nye løsninger sammen'] as const;
const HOSPITALS = ['Hospital', 'Sygehus', 'Psykiatrisk Center', 'Sundhedshus', 'Akutklinik', 'Rehabiliteringscenter'] as const;

/** A title generator per collection; index is the entry's place in its collection. */
const MAKERS: Record<CollectionName, (r: Random, index: number) => string> = {
  strategi: (_r, i) => STRATEGY[i] ?? `Afsnit ${i + 1}`,
  pejlemaerker: (_r, i) => BEARINGS[i] ?? `Pejlemærke ${i + 1}`,
  sundhedsraad: (r) => `Sundhedsråd ${r.pick(da.KOMMUNER)}`,
  enheder: (r) => `${r.pick(HOSPITALS)} ${r.pick(da.KOMMUNER)}`,
  organisationer: (r) => da.organisationName(r),
  tilbud: (r) => da.offerTitle(r),
  eksempler: (r) => da.exampleTitle(r, da.organisationName(r)),
  vejledninger: (r) => da.guideTitle(r),
  rammer: (r) => da.rule(r),
  ordliste: (r, i) => da.term(r, i),
  kilder: (r, i) => (i === 0 ? 'Visionspapir for samarbejdet med civilsamfundet' : da.source(r).titel),
};

/** `count` entries of a collection with distinct titles and distinct ids. */
export function titlesFor(collection: CollectionName, count: number, r: Random): { id: string; title: string }[] {
  const titles = new Set<string>();
  const ids = new Set<string>();
  const out: { id: string; title: string }[] = [];
  for (let i = 0; i < count; i++) {
    let title = MAKERS[collection](r, i);
    for (let tries = 0; titles.has(title) && tries < 4; tries++) title = MAKERS[collection](r, i);
    if (titles.has(title)) title = `${title} ${r.pick(DISTRICTS)}`;
    for (let k = 2; titles.has(title); k++) title = `${title.replace(/ \d+$/, '')} ${k}`;
    titles.add(title);
    let id = da.slugify(title);
    for (let k = 2; ids.has(id); k++) id = `${da.slugify(title).slice(0, 64).replace(/-+$/, '')}-${k}`;
    ids.add(id);
    out.push({ id, title });
  }
  return out;
}
