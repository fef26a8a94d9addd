/**
 * The synthetic corpus: entries with frontmatter that passes the real schemas, references to
 * entries that exist (never from a published entry to a draft), facet values from the real
 * vocabularies, and MDX bodies (bodies.ts). Deterministic for a given N and seed.
 */
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import {
  EKSEMPEL_STATUS, ENHEDSTYPER, GAELDER_FOR, KILDE_TYPER, LAESERE, MAALGRUPPER, MAALGRUPPER_VEJLEDNING,
  ORGANISATIONSTYPER, RAMME_ARTER, REGIONER, SAMARBEJDSMODELLER, SITUATIONER, TEMAER,
} from '../../src/schemas/shared/vocabularies.ts';
import { bodyOf } from './bodies.ts';
import type { SyntheticEntry } from './entry.ts';
import { isLong, type Lengths } from './long-bodies.ts';
import * as da from './danish.ts';
import { planCorpus } from './plan.ts';
import { createRandom, type Random } from './prng.ts';
import { titlesFor } from './titles.ts';

/** Collections that may hold drafts; nothing published refers to a draft. */
const DRAFTABLE = new Set<CollectionName>(['organisationer', 'tilbud', 'eksempler', 'ordliste']);
const EAST = ['hovedstaden', 'sjaelland', 'oestdanmark'] as const;

const day = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The fields every entry has: status, owner, review dates, sometimes a reservation. Reviews fall in
 * 2026 and are due one or two years later, so the corpus does not trip the overdue-review rule
 * (KB014) for a while; the dates are fixed, so the corpus stays the same from day to day.
 */
function meta(r: Random, collection: CollectionName) {
  const start = Date.UTC(2026, 0, 1);
  const offset = r.int(0, 320);
  return {
    status: DRAFTABLE.has(collection) && r.chance(0.02) ? 'udkast' : 'publiceret',
    ejer: r.pick(['Redaktionen', 'Sekretariatet for civilsamfund', 'Enheden for Sundhedsfremme', 'Koordinatorteamet']),
    sidstGennemgaaet: day(start, offset),
    naesteGennemgang: day(start, offset + r.pick([365, 730])),
    ...(r.chance(0.2) ? { forbehold: [`${da.sentence(r)} Det er ikke bekræftet af en kilde.`] } : {}),
  };
}

/**
 * Generates the whole corpus of `n` entries. `lengths` sets the bodies' length: "short" (the
 * default, the corpus the tests build), "guide" (600–1,200 words each) or "mix".
 */
export function generateCorpus(n: number, seed = 20261122, lengths: Lengths = 'short'): SyntheticEntry[] {
  const r = createRandom(seed);
  const counts = planCorpus(n);
  const titles = Object.fromEntries(COLLECTIONS.keys.map((c) => [c, titlesFor(c, counts[c], r)])) as Record<CollectionName, { id: string; title: string }[]>;
  const entries: SyntheticEntry[] = COLLECTIONS.keys.flatMap((collection) =>
    titles[collection].map(({ id, title }) => ({ collection, id, title, data: meta(r, collection) })),
  );
  // Drafts are decided first so that the reference pools below hold published entries only.
  const published = (c: CollectionName) => entries.filter((e) => e.collection === c && e.data['status'] === 'publiceret').map((e) => e.id);
  const pool = Object.fromEntries(COLLECTIONS.keys.map((c) => [c, published(c)])) as Record<CollectionName, string[]>;
  // A few sources (the vision paper first) are cited far more than the rest, as in the real content.
  const sources = () => [...new Set(Array.from({ length: r.int(1, 4) }, () => r.skewed(pool.kilder)))];
  const some = (c: CollectionName, min: number, max: number) => r.some(pool[c], r.int(min, max));
  const facets = (v: { keys: readonly string[] }, min: number, max: number) => r.some(v.keys, r.int(min, max));

  for (const e of entries) {
    const d = e.data;
    const t = e.title;
    switch (e.collection) {
      case 'kilder': {
        const isVision = e.id === pool.kilder[0];
        Object.assign(d, { titel: t, udgiver: isVision ? 'Region Hovedstaden' : da.source(r).udgiver, aar: r.int(2015, 2026),
          type: isVision ? 'visionspapir' : r.pick(KILDE_TYPER.keys), url: `https://www.eksempel.dk/kilder/${e.id}`, beskrivelse: da.summary(r) });
        if (r.chance(0.3)) d['retsstatus'] = r.pick(['Forslag, ikke vedtaget', 'Vedtaget', 'Vision, ikke vedtaget']);
        break;
      }
      case 'strategi':
        Object.assign(d, { titel: t, raekkefoelge: pool.strategi.indexOf(e.id) + 1, resume: da.summary(r), kilder: [pool.kilder[0]] });
        break;
      case 'pejlemaerker':
        Object.assign(d, { nummer: pool.pejlemaerker.indexOf(e.id) + 1, titel: t, resume: da.summary(r), kilder: [pool.kilder[0]] });
        break;
      case 'sundhedsraad': {
        const udpeget = r.chance(0.6);
        Object.assign(d, { navn: t, region: r.pick(['hovedstaden', 'sjaelland']), kommuner: r.some(da.KOMMUNER, r.int(0, 5)), kommunerVerificeret: r.chance(0.5),
          indgang: udpeget ? { rolle: 'Civilsamfundskoordinator', mail: `mailto:civilsamfund@${e.id}.dk` } : 'ikke udpeget endnu', resume: da.summary(r), kilder: sources() });
        break;
      }
      case 'enheder':
        Object.assign(d, { navn: t, type: r.pick(ENHEDSTYPER.keys), region: r.pick(EAST), ...(r.chance(0.5) ? { sundhedsraad: r.pick(pool.sundhedsraad) } : {}),
          hjemmeside: `https://www.${e.id}.dk/`, resume: da.summary(r), kilder: sources() });
        break;
      case 'organisationer':
        Object.assign(d, { navn: t, type: r.pick(ORGANISATIONSTYPER.keys), resume: da.summary(r), hjemmeside: `https://www.${e.id.slice(0, 40)}.dk/`,
          ...(r.chance(0.4) ? { kontakt: { mail: 'mailto:info@eksempel.dk', telefon: `tel:+45${r.int(20_000_000, 99_999_999)}` } } : {}),
          ...(r.chance(0.3) ? { cvr: cvr(r) } : {}),
          omraader: r.some(REGIONER.keys.slice(0, 3), r.int(1, 2)), maalgrupper: facets(MAALGRUPPER, 1, 3), temaer: facets(TEMAER, 1, 3),
          samarbejde: 'Kontakt organisationen via hjemmesiden. ' + da.sentence(r), kilder: sources() });
        break;
      case 'tilbud':
        Object.assign(d, { titel: t, organisation: r.skewed(pool.organisationer), resume: da.summary(r), maalgrupper: facets(MAALGRUPPER, 1, 3), temaer: facets(TEMAER, 1, 2),
          hvor: da.place(r), henvisning: da.referral(r), pris: r.pick(['Gratis', 'Ikke oplyst', '50 kr. pr. gang']), url: `https://www.eksempel.dk/tilbud/${e.id}`, kilder: sources() });
        break;
      case 'eksempler':
        Object.assign(d, { titel: t, resume: da.summary(r), region: r.pick(EAST), enheder: some('enheder', 0, 2), organisationer: some('organisationer', 1, 3),
          pejlemaerker: some('pejlemaerker', 1, 2), maalgrupper: facets(MAALGRUPPER, 1, 3), temaer: facets(TEMAER, 1, 3), model: r.pick(SAMARBEJDSMODELLER.keys),
          samarbejdsstatus: r.pick(EKSEMPEL_STATUS.keys), periode: `Siden ${r.int(2012, 2026)}`, ...(r.chance(0.4) ? { sundhedsraad: r.pick(pool.sundhedsraad) } : {}),
          ...(r.chance(0.5) ? { resultater: [da.sentence(r), da.sentence(r)].filter((s, i, a) => a.indexOf(s) === i) } : {}), kilder: sources() });
        break;
      case 'ordliste':
        Object.assign(d, { term: t, definition: da.paragraph(r, 1, 3), synonymer: [...new Set(Array.from({ length: r.int(0, 3) }, () => da.term(r).toLowerCase()))],
          ...(r.chance(0.3) ? { engelsk: r.pick(['social prescribing', 'peer support', 'co-creation', 'outreach']) } : {}),
          relateret: some('ordliste', 0, 3).filter((id) => id !== e.id), kilder: sources() });
        break;
      case 'rammer':
        Object.assign(d, { titel: t, resume: da.summary(r), art: r.pick(RAMME_ARTER.keys), gaelderFor: facets(GAELDER_FOR, 1, 2), laesere: facets(LAESERE, 1, 2),
          situationer: facets(SITUATIONER, 0, 2), ...(r.chance(0.6) ? { hjemmel: { betegnelse: `Sundhedsloven § ${r.int(1, 300)}`, url: 'https://www.retsinformation.dk/' } } : {}),
          juristVurdering: r.chance(0.3), kilder: sources() });
        break;
      case 'vejledninger': {
        const steps = da.STEPS.slice(0, r.int(3, 5)).map((titel) => ({ titel, tekst: da.sentence(r) }));
        Object.assign(d, { titel: t, resume: da.summary(r), maalgrupper: facets(MAALGRUPPER_VEJLEDNING, 1, 2), temaer: facets(TEMAER, 0, 2), trin: steps,
          raekkefoelge: r.int(1, 20), relateret: { eksempler: some('eksempler', 0, 3), tilbud: some('tilbud', 0, 3), ordliste: some('ordliste', 0, 2), rammer: some('rammer', 0, 2) },
          kilder: sources() });
        break;
      }
    }
  }
  for (const e of entries) {
    // Own fields first, the shared ones last, as editors write the files.
    const { status, ejer, sidstGennemgaaet, naesteGennemgang, forbehold, ...own } = e.data;
    e.data = { ...own, status, ejer, sidstGennemgaaet, naesteGennemgang, ...(forbehold ? { forbehold } : {}) };
  }
  for (const e of entries) {
    const body = bodyOf(e, entries, r, isLong(e, lengths, r));
    if (body !== undefined) e.body = body;
  }
  return entries;
}

/**
 * A random CVR number that passes the modulus-11 check. It starts with 1 or 32–39, as many real
 * ones do, and never like a Danish mobile number (20–31, 40–42 …), which the personal-data rule
 * (KB012) would flag.
 */
function cvr(r: Random): string {
  for (;;) {
    const head = r.chance(0.5) ? [1, r.int(0, 9)] : [3, r.int(2, 9)];
    const digits = [...head, ...Array.from({ length: 5 }, () => r.int(0, 9))];
    const sum = digits.reduce((acc, d, i) => acc + d * ([2, 7, 6, 5, 4, 3, 2][i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}
