import { DATA_LICENSE } from '../authority.ts';
import type { Vocab } from '../../schemas/shared/vocab.ts';
import { ENHEDSTYPER, MAALGRUPPER, TEMAER } from '../../schemas/shared/vocabularies.ts';
import { keyOf, summaryOf, titleOf, type Entry } from '../model.ts';
import { areaOf, countBy, type Area, type AreaCollection } from './area.ts';
import { absolute, kode, pageUrl, type DataContext } from './context.ts';
import { toCsv, type CsvColumn } from './csv.ts';
import type { OmraadeRecord } from './formats/area.ts';
import { stableId } from './ids.ts';
import { eksempelRecord, organizationRecord, serviceRecord, sundhedsraadRecord } from './records.ts';

/** How the area is defined, said once for the JSON file, the page and /data/. */
export const AFGRAENSNING =
  'Området omfatter regionale enheder, der er knyttet til sundhedsrådet; eksempler, der er knyttet til sundhedsrådet eller har en af de enheder med; organisationer, der deltager i de eksempler; og tilbud, som de organisationer driver. Tilbuddene kan også foregå uden for området – se feltet "Hvor".';

/** Where the format of the council area exports is published. */
export const AREA_SCHEMA_PATH = '/data/skema/eksport/sundhedsraad-omraade.schema.json';

/** Where a council's area export is published. */
export const areaPaths = (id: string) => ({ json: `/data/sundhedsraad/${id}.json`, csv: `/data/sundhedsraad/${id}.csv`, schema: AREA_SCHEMA_PATH });

/** The JSON export of everything in a council's area. */
export function areaFile(ctx: DataContext, sundhedsraad: Entry<'sundhedsraad'>, area: Area = areaOf(ctx, sundhedsraad)): OmraadeRecord {
  return {
    $schema: absolute(ctx, areaPaths(sundhedsraad.id).schema),
    titel: `Alt i området for ${titleOf(sundhedsraad)}`,
    kilde: absolute(ctx, '/'),
    licens: { ...DATA_LICENSE },
    afgraensning: AFGRAENSNING,
    sundhedsraad: sundhedsraadRecord(ctx, sundhedsraad),
    enheder: area.enheder.map(({ entry, grund }) => ({
      id: stableId(keyOf(entry)), slug: keyOf(entry), url: pageUrl(ctx, entry), navn: titleOf(entry), type: kode(ENHEDSTYPER, entry.data.type), grund,
    })),
    eksempler: area.eksempler.map(({ entry, grund }) => ({ grund, post: eksempelRecord(ctx, entry) })),
    organisationer: area.organisationer.map(({ entry, grund }) => ({ grund, post: organizationRecord(ctx, entry) })),
    tilbud: area.tilbud.map(({ entry, grund }) => ({ grund, post: serviceRecord(ctx, entry) })),
    optaelling: { temaer: countBy(area, 'temaer'), maalgrupper: countBy(area, 'maalgrupper') },
  };
}

interface AreaRow {
  slags: string;
  entry: Entry<AreaCollection>;
  grund: string;
}

/** A vocabulary list of a row's entry, as labels; units have none. */
const list = (entry: Entry<AreaCollection>, field: 'temaer' | 'maalgrupper', label: (k: string) => string) =>
  (entry.collection === 'enheder' ? [] : entry.data[field]).map(label).join(', ');

/** The Danish label of a theme or target group. */
const labelOf = (field: 'temaer' | 'maalgrupper') => (key: string) => ((field === 'temaer' ? TEMAER : MAALGRUPPER) as Vocab<string>).label(key);

/** The CSV columns of a council's area export: one row per entry, whatever its kind. */
export function areaColumns(ctx: DataContext): CsvColumn<AreaRow>[] {
  return [
    { header: 'Slags', description: 'Regional enhed, Eksempel, Organisation eller Tilbud.', value: (r) => r.slags },
    { header: 'Navn', description: 'Postens titel eller navn.', value: (r) => titleOf(r.entry) },
    { header: 'Resumé', description: 'Postens resumé.', value: (r) => summaryOf(r.entry) },
    { header: 'Målgrupper', description: 'Målgrupper, adskilt af komma (ikke for enheder).', value: (r) => list(r.entry, 'maalgrupper', labelOf('maalgrupper')) },
    { header: 'Temaer', description: 'Temaer, adskilt af komma (ikke for enheder).', value: (r) => list(r.entry, 'temaer', labelOf('temaer')) },
    { header: 'Hvorfor i området', description: 'Hvordan posten er knyttet til sundhedsrådet.', value: (r) => r.grund },
    { header: 'Side i vidensbasen', description: 'Postens side i vidensbasen.', value: (r) => pageUrl(ctx, r.entry) },
    { header: 'Id', description: 'Stabil id (UUID), den samme som i JSON-filerne.', value: (r) => stableId(keyOf(r.entry)) },
  ];
}

/** The CSV export of everything in a council's area. */
export function areaCsv(ctx: DataContext, sundhedsraad: Entry<'sundhedsraad'>, area: Area = areaOf(ctx, sundhedsraad)): string {
  const rows: AreaRow[] = [
    ...area.enheder.map((m) => ({ slags: 'Regional enhed', ...m })),
    ...area.eksempler.map((m) => ({ slags: 'Eksempel', ...m })),
    ...area.organisationer.map((m) => ({ slags: 'Organisation', ...m })),
    ...area.tilbud.map((m) => ({ slags: 'Tilbud', ...m })),
  ];
  return toCsv(areaColumns(ctx), rows);
}
