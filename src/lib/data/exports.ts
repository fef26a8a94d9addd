import type { z } from 'astro/zod';
import { DATA_LICENSE } from '../authority.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Entry } from '../model.ts';
import { absolute, publishedOf, type DataContext } from './context.ts';
import type { CsvColumn } from './csv.ts';
import { eksportFil } from './formats/common.ts';
import { OrganizationRecordSchema, ServiceRecordSchema, type OrganizationRecord, type ServiceRecord } from './formats/hsds.ts';
import { EksempelRecordSchema, RammeRecordSchema, SundhedsraadRecordSchema, type EksempelRecord, type RammeRecord, type SundhedsraadRecord } from './formats/own.ts';
import { eksempelRecord, organizationRecord, rammeRecord, serviceRecord, sundhedsraadRecord } from './records.ts';

/** One published data set: a JSON file, a CSV file and a JSON Schema, all from one collection. */
export interface ExportDefinition<R = unknown, C extends CollectionName = CollectionName> {
  collection: C;
  titel: string;
  beskrivelse: string;
  /** The standard the records follow, if any. */
  standard: string;
  record: z.ZodType<R>;
  build: (ctx: DataContext, entry: Entry<C>) => R;
  columns: CsvColumn<R>[];
}

const names = (items: { navn: string }[]) => items.map((i) => i.navn).join(', ');
const terms = (r: { attributes: { link_type: string; taxonomy_term: { name: string } }[] }, type: string) =>
  r.attributes.filter((a) => a.link_type === type).map((a) => a.taxonomy_term.name).join(', ');
/** Spaces keep Excel from reading a phone number as a number and dropping the +. */
const phone = (n: string | undefined) => n?.replace(/^\+45(\d{2})(\d{2})(\d{2})(\d{2})$/, '+45 $1 $2 $3 $4');

/** Columns every CSV ends with: the page, review dates, reservations and sources. */
function postColumns<R extends { id: string }>(post: (r: R) => { slug: string; url: string; sidst_gennemgaaet: string; forbehold: string[]; kilder: { titel: string }[] }): CsvColumn<R>[] {
  return [
    { header: 'Side i vidensbasen', description: 'Postens side i vidensbasen.', value: (r) => post(r).url },
    { header: 'Sidst gennemgået', description: 'Hvornår posten sidst er tjekket mod kilderne (ÅÅÅÅ-MM-DD).', value: (r) => post(r).sidst_gennemgaaet },
    { header: 'Forbehold', description: 'Ubekræftede oplysninger, adskilt af " | ".', value: (r) => post(r).forbehold.join(' | ') },
    { header: 'Kilder', description: 'Kildernes titler, adskilt af " | ".', value: (r) => post(r).kilder.map((k) => k.titel).join(' | ') },
    { header: 'Id', description: 'Stabil id (UUID), den samme som i JSON-filen.', value: (r) => r.id },
  ];
}

const organisationer: ExportDefinition<OrganizationRecord, 'organisationer'> = {
  collection: 'organisationer',
  titel: 'Organisationer',
  beskrivelse: 'Organisationer i civilsamfundet, som regionen samarbejder med eller kan samarbejde med.',
  standard: 'Open Referral HSDS 3.0: organization',
  record: OrganizationRecordSchema,
  build: organizationRecord,
  columns: [
    { header: 'Navn', description: 'Organisationens navn.', value: (r) => r.name },
    { header: 'Type', description: 'Organisationstype.', value: (r) => terms(r, 'organisationstype') },
    { header: 'Resumé', description: 'Hvad organisationen gør.', value: (r) => r.description },
    { header: 'Hjemmeside', description: 'Organisationens hjemmeside.', value: (r) => r.website },
    { header: 'Mail', description: 'Fælles postkasse, hvis oplyst.', value: (r) => r.email },
    { header: 'Telefon', description: 'Hovednummer, hvis oplyst.', value: (r) => phone(r.phones[0]?.number) },
    { header: 'CVR-nummer', description: 'CVR-nummer, hvis oplyst.', value: (r) => r.organization_identifiers[0]?.identifier },
    { header: 'Regioner', description: 'Regioner, organisationen arbejder i.', value: (r) => terms(r, 'omraader') },
    { header: 'Målgrupper', description: 'Målgrupper, adskilt af komma.', value: (r) => terms(r, 'maalgrupper') },
    { header: 'Temaer', description: 'Temaer, adskilt af komma.', value: (r) => terms(r, 'temaer') },
    { header: 'Sådan samarbejder man', description: 'Hvordan en regional enhed kan indlede et samarbejde.', value: (r) => r.vidensbasen.samarbejde },
    ...postColumns<OrganizationRecord>((r) => r.vidensbasen),
  ],
};

const tilbud: ExportDefinition<ServiceRecord, 'tilbud'> = {
  collection: 'tilbud',
  titel: 'Tilbud',
  beskrivelse: 'Tilbud fra organisationer, som medarbejdere kan henvise patienter og borgere til.',
  standard: 'Open Referral HSDS 3.0: service',
  record: ServiceRecordSchema,
  build: serviceRecord,
  columns: [
    { header: 'Navn', description: 'Tilbuddets navn.', value: (r) => r.name },
    { header: 'Organisation', description: 'Organisationen, der driver tilbuddet.', value: (r) => r.vidensbasen.organisation.navn },
    { header: 'Resumé', description: 'Hvad tilbuddet giver.', value: (r) => r.description },
    { header: 'Målgrupper', description: 'Målgrupper, adskilt af komma.', value: (r) => terms(r, 'maalgrupper') },
    { header: 'Temaer', description: 'Temaer, adskilt af komma.', value: (r) => terms(r, 'temaer') },
    { header: 'Hvor', description: 'Hvor tilbuddet foregår.', value: (r) => r.service_areas.map((a) => a.name).join(' | ') },
    { header: 'Sådan henviser du', description: 'Hvordan man henviser eller tager kontakt.', value: (r) => r.application_process },
    { header: 'Pris', description: 'Pris for deltageren.', value: (r) => r.fees_description },
    { header: 'Webadresse', description: 'Siden, der beskriver tilbuddet.', value: (r) => r.url },
    ...postColumns<ServiceRecord>((r) => r.vidensbasen),
  ],
};

const eksempler: ExportDefinition<EksempelRecord, 'eksempler'> = {
  collection: 'eksempler',
  titel: 'Eksempler på samarbejder',
  beskrivelse: 'Konkrete samarbejder mellem regionale enheder og organisationer.',
  standard: 'Vidensbasens eget format',
  record: EksempelRecordSchema,
  build: eksempelRecord,
  columns: [
    { header: 'Titel', description: 'Hvem gør hvad med hvem.', value: (r) => r.titel },
    { header: 'Resumé', description: 'Samarbejdet kort.', value: (r) => r.resume },
    { header: 'Region', description: 'Regionen.', value: (r) => r.region.navn },
    { header: 'Sundhedsråd', description: 'Sundhedsrådets område, hvis kendt.', value: (r) => r.sundhedsraad?.navn },
    { header: 'Regionale enheder', description: 'Deltagende enheder, adskilt af komma.', value: (r) => names(r.enheder) },
    { header: 'Organisationer', description: 'Deltagende organisationer, adskilt af komma.', value: (r) => names(r.organisationer) },
    { header: 'Målgrupper', description: 'Målgrupper, adskilt af komma.', value: (r) => names(r.maalgrupper) },
    { header: 'Temaer', description: 'Temaer, adskilt af komma.', value: (r) => names(r.temaer) },
    { header: 'Model', description: 'Frivillige, lønnede eller begge.', value: (r) => r.model.navn },
    { header: 'Status', description: 'Samarbejdets status.', value: (r) => r.samarbejdsstatus.navn },
    { header: 'Periode', description: 'Hvornår samarbejdet løber.', value: (r) => r.periode },
    ...postColumns<EksempelRecord>((r) => r),
  ],
};

const rammer: ExportDefinition<RammeRecord, 'rammer'> = {
  collection: 'rammer',
  titel: 'Rammer',
  beskrivelse: 'Regler og betingelser for samarbejder: hvad regionen må, ikke må, skal og bør.',
  standard: 'Vidensbasens eget format',
  record: RammeRecordSchema,
  build: rammeRecord,
  columns: [
    { header: 'Titel', description: 'Rammen i en sætning.', value: (r) => r.titel },
    { header: 'Art', description: 'Må, må ikke, skal eller bør.', value: (r) => r.art.navn },
    { header: 'Resumé', description: 'Hvad rammen betyder i praksis.', value: (r) => r.resume },
    { header: 'Gælder for', description: 'Hvem rammen gælder for.', value: (r) => names(r.gaelder_for) },
    { header: 'Situationer', description: 'Hvornår rammen gælder (tom: altid).', value: (r) => names(r.situationer) },
    { header: 'Hjemmel', description: 'Den verificerede hjemmel, hvis der er en.', value: (r) => r.hjemmel?.betegnelse },
    { header: 'Skal vurderes af jurist', description: '"ja" eller "nej".', value: (r) => (r.jurist_vurdering ? 'ja' : 'nej') },
    ...postColumns<RammeRecord>((r) => r),
  ],
};

const sundhedsraad: ExportDefinition<SundhedsraadRecord, 'sundhedsraad'> = {
  collection: 'sundhedsraad',
  titel: 'Sundhedsråd',
  beskrivelse: 'Sundhedsrådene: område, kommuner og indgangen for organisationer.',
  standard: 'Vidensbasens eget format (indgangen som HSDS contact)',
  record: SundhedsraadRecordSchema,
  build: sundhedsraadRecord,
  columns: [
    { header: 'Navn', description: 'Sundhedsrådets navn.', value: (r) => r.navn },
    { header: 'Region', description: 'Regionen.', value: (r) => r.region.navn },
    { header: 'Kommuner', description: 'Kommunerne i området, adskilt af komma.', value: (r) => r.kommuner.join(', ') },
    { header: 'Kommuner bekræftet', description: '"ja", hvis listen er bekræftet som fuldstændig.', value: (r) => (r.kommuner_verificeret ? 'ja' : 'nej') },
    { header: 'Indgang (rolle)', description: 'Rollen, organisationer skal kontakte.', value: (r) => r.contacts[0]?.title ?? 'Ikke udpeget endnu' },
    { header: 'Indgang (mail)', description: 'Rollens fælles postkasse.', value: (r) => r.contacts[0]?.email },
    { header: 'Resumé', description: 'Hvad der er bekræftet om sundhedsrådet.', value: (r) => r.resume },
    { header: 'Eksport af området', description: 'CSV med alt i området.', value: (r) => r.omraade.csv },
    ...postColumns<SundhedsraadRecord>((r) => r),
  ],
};

/** Every collection export, in the order /data/ lists them. */
export const EXPORTS = [organisationer, tilbud, eksempler, rammer, sundhedsraad] as unknown as ExportDefinition[];

/** Where a data set's files are published. */
export const exportPaths = (collection: string) => ({
  json: `/data/${collection}.json`,
  csv: `/data/${collection}.csv`,
  schema: `/data/skema/eksport/${collection}.schema.json`,
});

/** The zod schema of a whole export file. */
export const fileSchema = (def: ExportDefinition) => eksportFil(def.record, def.beskrivelse);

/** The records of one data set. */
export const recordsOf = <R, C extends CollectionName>(def: ExportDefinition<R, C>, ctx: DataContext) => publishedOf(ctx, def.collection).map((e) => def.build(ctx, e));

/** The JSON file of one data set: what it is, how many, and the records. */
export function exportFile(def: ExportDefinition, ctx: DataContext) {
  const poster = recordsOf(def, ctx);
  return { $schema: absolute(ctx, exportPaths(def.collection).schema), titel: def.titel, kilde: absolute(ctx, '/'), licens: { ...DATA_LICENSE }, antal: poster.length, poster };
}
