import { keyOf, summaryOf, titleOf, type Entry } from '../model.ts';
import { REGION_KOMMUNER, sundhedsraadForKommune, type Kommune } from '../../schemas/shared/kommuner.ts';
import { slugify } from '../slug.ts';
import { UI } from '../ui.ts';
import { AREA_GROUPS, areaOf, coverageMember, type AreaGroup, type AreaMember } from './area.ts';
import { daekningTekst } from './area-export.ts';
import { pageUrl, publishedOf, type DataContext } from './context.ts';
import { toCsv, type CsvColumn } from './csv.ts';
import { stableId } from './ids.ts';

/**
 * The offers catalogue filtered by place, as static pages (no script needed): one page per
 * health council and one per kommune of Region Østdanmark, each with a CSV of the same rows.
 * A kommune's offers are those whose coverage names it, and those covering the whole region,
 * the whole country or online; a council's are the offers on its page (areaOf).
 */
export type Omraade =
  | { slags: 'sundhedsraad'; slug: string; navn: string; sundhedsraad: Entry<'sundhedsraad'> }
  | { slags: 'kommune'; slug: string; navn: string; kommune: Kommune };

export { OMRAADE_INDEX, omraadePaths } from '../listing.ts';

/** Every area with an offers page: the published councils, then the region's kommuner in order. */
export function omraader(ctx: DataContext): Omraade[] {
  return [
    ...publishedOf(ctx, 'sundhedsraad').map((sundhedsraad): Omraade => ({ slags: 'sundhedsraad', slug: sundhedsraad.id, navn: titleOf(sundhedsraad), sundhedsraad })),
    ...REGION_KOMMUNER.map((kommune): Omraade => ({ slags: 'kommune', slug: slugify(kommune), navn: `${kommune} Kommune`, kommune })),
  ];
}

/** The offers of an area, each with its group and reason, grouped as on the council pages. */
export function tilbudI(ctx: DataContext, omraade: Omraade): Record<AreaGroup, AreaMember<'tilbud'>[]> {
  const members: AreaMember<'tilbud'>[] = omraade.slags === 'sundhedsraad'
    ? areaOf(ctx, omraade.sundhedsraad).tilbud
    : publishedOf(ctx, 'tilbud').flatMap((entry) => {
      const member = coverageMember(entry.data.daekning, [omraade.kommune]);
      return member ? [{ entry, ...member, grund: member.gruppe === 'lokal' ? `Arbejder i ${omraade.kommune}.` : member.grund }] : [];
    });
  return Object.fromEntries(AREA_GROUPS.map((g) => [g, members.filter((m) => m.gruppe === g)])) as Record<AreaGroup, AreaMember<'tilbud'>[]>;
}

/** The council a kommune belongs to by the sourced lists, if any. */
export const raadForKommune = (ctx: DataContext, kommune: Kommune): Entry<'sundhedsraad'> | undefined => {
  const list = sundhedsraadForKommune(kommune);
  return list ? publishedOf(ctx, 'sundhedsraad').find((r) => r.id === list.sundhedsraad) : undefined;
};

/** The CSV columns of an area's offers: one row per offer. */
/** The heading of a group on an area's page: a kommune's local group is "Lokalt i kommunen". */
export const gruppeTitel = (omraade: Omraade, g: AreaGroup) => (g === 'lokal' && omraade.slags === 'kommune' ? UI.omraade.localKommune : UI.data.areaGroups[g].title);

export function tilbudOmraadeColumns(ctx: DataContext, omraade: Omraade): CsvColumn<AreaMember<'tilbud'>>[] {
  return [
    { header: 'Tilbud', description: 'Tilbuddets navn.', value: (m) => titleOf(m.entry) },
    { header: 'Organisation', description: 'Organisationen, der driver tilbuddet.', value: (m) => { const org = ctx.model.get(m.entry.data.organisation); return org ? titleOf(org) : m.entry.data.organisation.id; } },
    { header: 'Resumé', description: 'Tilbuddets resumé.', value: (m) => summaryOf(m.entry) },
    { header: 'Gruppe', description: 'Lokalt, Hele regionen, Hele landet eller Online.', value: (m) => gruppeTitel(omraade, m.gruppe) },
    { header: 'Dækning', description: 'Hvor tilbuddet kan bruges, som det er registreret.', value: (m) => daekningTekst(m.entry.data.daekning) },
    { header: 'Hvorfor på listen', description: 'Hvorfor tilbuddet står på listen for området.', value: (m) => m.grund },
    { header: 'Hvor', description: 'Hvor tilbuddet foregår, som kilden siger det.', value: (m) => m.entry.data.hvor },
    { header: 'Sådan henviser du', description: 'Hvordan man henviser eller tager kontakt.', value: (m) => m.entry.data.henvisning },
    { header: 'Pris', description: 'Hvad tilbuddet koster deltageren.', value: (m) => m.entry.data.pris },
    { header: 'Side i vidensbasen', description: 'Tilbuddets side i vidensbasen.', value: (m) => pageUrl(ctx, m.entry) },
    { header: 'Id', description: 'Stabil id (UUID), den samme som i JSON-filerne.', value: (m) => stableId(keyOf(m.entry)) },
  ];
}

/** The CSV of an area's offers, in the page's order (group, then id). */
export function tilbudOmraadeCsv(ctx: DataContext, omraade: Omraade): string {
  const groups = tilbudI(ctx, omraade);
  return toCsv(tilbudOmraadeColumns(ctx, omraade), AREA_GROUPS.flatMap((g) => groups[g]));
}
