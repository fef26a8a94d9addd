import { DATA_LICENSE } from '../authority.ts';
import type { Vocab } from '../../schemas/shared/vocab.ts';
import { DAEKNING, ENHEDSTYPER, MAALGRUPPER, TEMAER } from '../../schemas/shared/vocabularies.ts';
import { keyOf, summaryOf, titleOf, type Entry } from '../model.ts';
import { AREA_GROUPS, areaOf, countBy, membersByGroup, type Area, type AreaCollection, type AreaGroup } from './area.ts';
import type { Daekning } from '../../schemas/shared/daekning.ts';
import { UI } from '../ui.ts';
import { absolute, kode, pageUrl, type DataContext } from './context.ts';
import { toCsv, type CsvColumn } from './csv.ts';
import type { OmraadeRecord } from './formats/area.ts';
import { stableId } from './ids.ts';
import { daekningRecord, eksempelRecord, organizationRecord, serviceRecord, sundhedsraadRecord } from './records.ts';

/** How the area is defined, said once for the JSON file, the page and /data/. */
export const AFGRAENSNING =
  'Listen viser, hvad borgerne i sundhedsrådets kommuner kan bruge: poster, hvis dækning nævner en af rådets kommuner (lokalt), og poster, der dækker hele Region Østdanmark, hele landet eller foregår online. Er en posts dækning ukendt, kommer den kun med, hvis en kilde knytter den til rådet: en regional enhed i rådets område, et eksempel med den enhed eller rådet, en organisation i det eksempel og dens tilbud. Hver post har en grund til, at den står her.';

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
    kommuner: [...area.kommuner],
    kommuner_komplet: area.kommunerKomplet,
    enheder: area.enheder.map(({ entry, grund, gruppe }) => ({
      id: stableId(keyOf(entry)), slug: keyOf(entry), url: pageUrl(ctx, entry), navn: titleOf(entry), type: kode(ENHEDSTYPER, entry.data.type),
      gruppe: gruppeKode(gruppe), grund, daekning: daekningRecord(entry.data.daekning),
    })),
    eksempler: area.eksempler.map(({ entry, grund, gruppe }) => ({ gruppe: gruppeKode(gruppe), grund, post: eksempelRecord(ctx, entry) })),
    organisationer: area.organisationer.map(({ entry, grund, gruppe }) => ({ gruppe: gruppeKode(gruppe), grund, post: organizationRecord(ctx, entry) })),
    tilbud: area.tilbud.map(({ entry, grund, gruppe }) => ({ gruppe: gruppeKode(gruppe), grund, post: serviceRecord(ctx, entry) })),
    optaelling: { temaer: countBy(area, 'temaer'), maalgrupper: countBy(area, 'maalgrupper') },
  };
}

/** A group of the council page as `{ kode, navn }`. */
const gruppeKode = (gruppe: AreaGroup) => ({ kode: gruppe, navn: UI.data.areaGroups[gruppe].title });

interface AreaRow {
  slags: string;
  entry: Entry<AreaCollection>;
  gruppe: AreaGroup;
  grund: string;
}

/** The coverage of a row's entry, in Danish: "Bestemte kommuner: Hvidovre, Tårnby", "Hele landet", "Ukendt". */
export function daekningTekst(daekning: Daekning | undefined): string {
  if (!daekning) return DAEKNING.label('ukendt');
  const label = DAEKNING.label(daekning.omfang);
  return daekning.kommuner?.length ? `${label}: ${daekning.kommuner.join(', ')}` : label;
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
    { header: 'Gruppe', description: 'Lokalt i rådets kommuner, Hele regionen, Hele landet eller Online.', value: (r) => UI.data.areaGroups[r.gruppe].title },
    { header: 'Dækning', description: 'Hvor posten virker, som den er registreret: kommunerne, hele regionen, hele landet, online eller ukendt.', value: (r) => daekningTekst(r.entry.data.daekning) },
    { header: 'Hvorfor i området', description: 'Hvorfor posten står på listen for sundhedsrådet.', value: (r) => r.grund },
    { header: 'Side i vidensbasen', description: 'Postens side i vidensbasen.', value: (r) => pageUrl(ctx, r.entry) },
    { header: 'Id', description: 'Stabil id (UUID), den samme som i JSON-filerne.', value: (r) => stableId(keyOf(r.entry)) },
  ];
}

/** The CSV export of everything in a council's area. */
export function areaCsv(ctx: DataContext, sundhedsraad: Entry<'sundhedsraad'>, area: Area = areaOf(ctx, sundhedsraad)): string {
  const groups = membersByGroup(area);
  const rows: AreaRow[] = AREA_GROUPS.flatMap((g) => groups[g].map((m) => ({ slags: UI.data.areaKind[m.entry.collection], ...m })));
  return toCsv(areaColumns(ctx), rows);
}
