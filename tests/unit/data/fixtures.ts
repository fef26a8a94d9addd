import type { CollectionName } from '../../../src/schemas/index.ts';
import { dataContext } from '../../../src/lib/data/context.ts';
import type { Entry } from '../../../src/lib/model.ts';
import { parseEntry } from '../../../src/lib/validate.ts';

const meta = { status: 'publiceret', ejer: 'Redaktionen', sidstGennemgaaet: '2026-11-22', naesteGennemgang: '2027-05-22' };

/** Parses raw frontmatter with the real schema, as the content lint does; throws on invalid fixtures. */
export function entry<C extends CollectionName>(collection: C, id: string, fields: Record<string, unknown>): Entry<C> {
  const result = parseEntry(collection, id, { ...meta, ...fields });
  if (!result.success) throw new Error(`Ugyldig testpost ${collection}/${id}: ${result.issues.map((i) => i.message).join(' ')}`);
  return result.entry;
}

const kilder = ['kilde-a'];
export const org = (id: string, extra: Record<string, unknown> = {}) =>
  entry('organisationer', id, {
    navn: `Forening ${id}`, type: 'patientforening', resume: 'Støtter patienter; også pårørende.', hjemmeside: `https://${id}.example.dk/`,
    omraader: ['hovedstaden'], maalgrupper: ['patienter'], temaer: ['peer-stoette'], samarbejde: 'Skriv til foreningen.', kilder, ...extra,
  });
export const eksempel = (id: string, extra: Record<string, unknown>) =>
  entry('eksempler', id, {
    titel: `Eksempel ${id}`, resume: 'Et samarbejde.', region: 'hovedstaden', enheder: [], organisationer: ['org-a'], pejlemaerker: ['pm-1'],
    maalgrupper: ['patienter'], temaer: ['forebyggelse'], model: 'frivillig', samarbejdsstatus: 'aktiv', periode: 'Siden 2020', kilder, ...extra,
  });
export const raad = (id: string, indgang: unknown) =>
  entry('sundhedsraad', id, { navn: `Sundhedsråd ${id}`, region: 'hovedstaden', kommuner: ['Tårnby'], kommunerVerificeret: false, indgang, resume: 'Et råd.', kilder });
const enhed = (id: string, sundhedsraad?: string) =>
  entry('enheder', id, { navn: `Hospital ${id}`, type: 'hospital', region: 'hovedstaden', resume: 'Et hospital.', kilder, ...(sundhedsraad ? { sundhedsraad } : {}) });
export const tilbud = (id: string, organisation: string, extra: Record<string, unknown> = {}) =>
  entry('tilbud', id, {
    titel: `Tilbud ${id}`, organisation, resume: 'Samtaler.', maalgrupper: ['paaroerende'], temaer: ['raadgivning'], hvor: 'Ikke oplyst',
    henvisning: 'Ring til foreningen.', pris: 'Gratis', url: 'https://tilbud.example.dk/', kilder, ...extra,
  });

/** The same entry as a draft. */
export const draft = <E extends Entry>(e: E): E => ({ ...e, data: { ...e.data, status: 'udkast' } });

/**
 * A small corpus: council "nord" has one unit, an example pointing at it directly and one via
 * the unit; council "syd" has one example; a draft organisation and a draft example exist.
 */
export function fixtureEntries(): Entry[] {
  return [
    entry('kilder', 'kilde-a', { titel: 'Visionspapir', udgiver: 'Region Hovedstaden', aar: 2025, type: 'visionspapir', beskrivelse: 'Et papir.', url: 'https://kilde.example.dk/' }),
    entry('pejlemaerker', 'pm-1', { titel: 'Forebyggelse', nummer: 1, resume: 'Et pejlemærke.', kilder }),
    org('org-a', { kontakt: { mail: 'mailto:info@org-a.example.dk', telefon: 'tel:+4533333333' }, cvr: '12345674' }),
    org('org-b', { temaer: ['kultur', 'forebyggelse'], maalgrupper: ['boern-og-unge'] }),
    org('org-c'),
    draft(org('org-kladde')),
    raad('nord', { rolle: 'Civilsamfundskoordinator', mail: 'mailto:civilsamfund@region.example.dk' }),
    raad('syd', 'ikke udpeget endnu'),
    enhed('hospital-nord', 'nord'),
    enhed('hospital-uden'),
    eksempel('direkte-nord', { sundhedsraad: 'nord' }),
    eksempel('via-enhed-nord', { enheder: ['hospital-nord'], organisationer: ['org-b'] }),
    eksempel('syd', { sundhedsraad: 'syd', organisationer: ['org-c'] }),
    draft(eksempel('kladde-nord', { sundhedsraad: 'nord', organisationer: ['org-kladde'] })),
    tilbud('samtaler-a', 'org-a'),
    tilbud('samtaler-c', 'org-c', {
      online: true, adresse: { type: 'besoeg', vej: 'Eksempelvej 1', postnummer: '2100', by: 'København Ø', region: 'hovedstaden' },
    }),
    entry('rammer', 'ramme-a', { titel: 'Regionen må ikke give tilskud', resume: 'Kort.', art: 'maa-ikke', gaelderFor: ['region'], laesere: ['medarbejder'], situationer: [], juristVurdering: true, kilder }),
  ];
}

/** The fixture corpus as the exports see it (drafts dropped), on a test address. */
export const fixtureContext = () => dataContext(fixtureEntries(), 'https://vidensbasen.example/');

/**
 * A corpus for coverage: Sundhedsråd Amager og Vestegnen (its sourced kommuner) and entries that
 * work locally there, elsewhere in the region, in the whole region, nationally, online, or unknown.
 */
export function coverageEntries(): Entry[] {
  const av = 'sundhedsraad-amager-og-vestegnen';
  return [
    entry('kilder', 'kilde-a', { titel: 'Visionspapir', udgiver: 'Region Hovedstaden', aar: 2025, type: 'visionspapir', beskrivelse: 'Et papir.', url: 'https://kilde.example.dk/' }),
    entry('sundhedsraad', av, { navn: 'Sundhedsråd Amager og Vestegnen', region: 'oestdanmark', kommuner: ['Hvidovre'], kommunerVerificeret: true, indgang: 'ikke udpeget endnu', resume: 'Et råd.', kilder }),
    org('lokal-forening', { daekning: { omfang: 'kommuner', kommuner: ['Hvidovre', 'Hillerød'], grundlag: 'Adressen har postnummer 2650, som kun ligger i Hvidovre Kommune.' } }),
    org('nord-forening', { daekning: { omfang: 'kommuner', kommuner: ['Hillerød'] } }),
    org('region-forening', { daekning: { omfang: 'region' } }),
    org('lands-forening', { daekning: { omfang: 'land' } }),
    org('ukendt-forening', { daekning: { omfang: 'ukendt' } }),
    org('jysk-forening', { daekning: { omfang: 'uden-for-regionen' } }),
    tilbud('lokalt-tilbud', 'lokal-forening', { daekning: { omfang: 'kommuner', kommuner: ['Tårnby'] } }),
    tilbud('online-tilbud', 'lands-forening', { daekning: { omfang: 'online' }, online: true }),
    tilbud('ukendt-tilbud', 'ukendt-forening'),
    draft(tilbud('kladde-tilbud', 'lands-forening', { daekning: { omfang: 'land' } })),
  ];
}

/** The coverage corpus as the exports see it. */
export const coverageContext = () => dataContext(coverageEntries(), 'https://vidensbasen.example/');
