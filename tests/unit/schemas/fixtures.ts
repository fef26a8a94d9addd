import type { CollectionName } from '../../../src/schemas/index.ts';

const meta = { status: 'publiceret', ejer: 'Redaktionen', sidstGennemgaaet: '2026-11-22', naesteGennemgang: '2027-05-22' };
const kilder = ['visionspapir-region-hovedstaden-2025'];

/** One valid entry per collection, as an editor would write its frontmatter. */
export const VALID: Record<CollectionName, Record<string, unknown>> = {
  strategi: { ...meta, titel: 'Vision og baggrund', raekkefoelge: 1, resume: 'Om visionen.', kilder },
  pejlemaerker: { ...meta, nummer: 1, titel: 'Forebyggelse', resume: 'Om forebyggelse.', kilder },
  rammer: {
    ...meta, titel: 'Regionen må finansiere samarbejder', resume: 'Om finansiering.', art: 'maa', gaelderFor: ['region'],
    laesere: ['medarbejder'], situationer: ['penge-fra-regionen'], juristVurdering: true, kilder,
    hjemmel: { betegnelse: 'Regionsloven § 5', url: 'https://www.ft.dk/' },
  },
  vejledninger: {
    ...meta, titel: 'Sådan starter du', resume: 'Trin for trin.', maalgrupper: ['medarbejder'],
    trin: [{ titel: 'Afklar behov', tekst: 'Skriv behovet ned.' }], relateret: { rammer: ['en-ramme'] }, kilder,
  },
  eksempler: {
    ...meta, titel: 'Patientstøtter på hjerteafdelingen', resume: 'Frivillige patientstøtter.', region: 'hovedstaden',
    enheder: ['nordsjaellands-hospital'], organisationer: ['hjerteforeningen'], pejlemaerker: ['pejlemaerke-1-forebyggelse'],
    maalgrupper: ['hjertepatienter'], temaer: ['peer-stoette'], model: 'frivillig', samarbejdsstatus: 'ukendt',
    periode: 'Ikke oplyst', kilder,
  },
  organisationer: {
    ...meta, navn: 'Hjerteforeningen', type: 'patientforening', resume: 'Om foreningen.', hjemmeside: 'https://hjerteforeningen.dk/',
    omraader: ['hovedstaden'], maalgrupper: ['hjertepatienter'], temaer: ['peer-stoette'], samarbejde: 'Via hjemmesiden.', kilder,
  },
  tilbud: {
    ...meta, titel: 'Patientstøtter', organisation: 'hjerteforeningen', resume: 'Frivillige besøger patienter.',
    maalgrupper: ['hjertepatienter'], temaer: ['peer-stoette'], hvor: 'Hjerteafdelingen', henvisning: 'Kontakt foreningen.',
    pris: 'Ikke oplyst', url: 'https://hjerteforeningen.dk/', kilder,
  },
  sundhedsraad: {
    ...meta, navn: 'Sundhedsråd Amager og Vestegnen', region: 'oestdanmark', kommuner: ['Hvidovre'], kommunerVerificeret: true,
    indgang: 'ikke udpeget endnu', resume: 'Om rådet.', kilder,
  },
  enheder: { ...meta, navn: 'Nordsjællands Hospital', type: 'hospital', region: 'hovedstaden', resume: 'Hospital.', kilder },
  ordliste: { ...meta, term: 'Civilsamfund', definition: 'Foreninger og netværk.', synonymer: ['frivillig sektor'], kilder },
  kilder: {
    ...meta, titel: 'Visionspapir', udgiver: 'Region Hovedstaden', aar: 2025, type: 'visionspapir', beskrivelse: 'Visionen.',
    url: 'https://www.regionh.dk/',
  },
};

/** A required text field of each collection, used to test "missing field" messages. */
export const REQUIRED_TEXT: Record<CollectionName, string> = {
  strategi: 'titel', pejlemaerker: 'titel', rammer: 'titel', vejledninger: 'titel', eksempler: 'titel',
  organisationer: 'navn', tilbud: 'titel', sundhedsraad: 'navn', enheder: 'navn', ordliste: 'term', kilder: 'titel',
};

/** An enum field of each collection with its allowed values, for "wrong enum" messages. */
export const ENUM_FIELD: Record<CollectionName, string> = {
  strategi: 'status', pejlemaerker: 'status', rammer: 'art', vejledninger: 'status', eksempler: 'model',
  organisationer: 'type', tilbud: 'status', sundhedsraad: 'region', enheder: 'type', ordliste: 'status', kilder: 'type',
};

/** A URL field of each collection that has one, for "non-https URL" messages. */
export const URL_FIELD: Partial<Record<CollectionName, string>> = {
  organisationer: 'hjemmeside', tilbud: 'url', enheder: 'hjemmeside', kilder: 'url',
};
