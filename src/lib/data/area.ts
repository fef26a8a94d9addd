import type { Vocab } from '../../schemas/shared/vocab.ts';
import { MAALGRUPPER, TEMAER } from '../../schemas/shared/vocabularies.ts';
import { keyOf, refsIn, titleOf, type Entry } from '../model.ts';
import type { EntryRef } from '../../schemas/shared/reference.ts';
import { publishedOf, type DataContext } from './context.ts';
import type { Daekning } from '../../schemas/shared/daekning.ts';
import { kommunerI } from '../../schemas/shared/kommuner.ts';

/**
 * What a health council's citizens can use, and what lies in its area. An entry is in the area
 * for one of these reasons, each said in `grund`:
 *
 * - **lokal**: its coverage (`daekning`) names one of the council's kommuner (the sourced list in
 *   src/schemas/shared/kommuner.ts); or, for an entry without a known coverage, a reference a
 *   source gives: a unit whose `sundhedsraad` is the council, an example that names the council or
 *   one of those units, an organisation taking part in such an example, an offer run by it;
 * - **region**: its coverage is the whole of Region Østdanmark;
 * - **land**: its coverage is the whole country;
 * - **online**: it is used online.
 *
 * Entries whose coverage is unknown or outside the region are only in an area through such a
 * reference. Only published entries count.
 */
export const AREA_GROUPS = ['lokal', 'region', 'land', 'online'] as const;
export type AreaGroup = (typeof AREA_GROUPS)[number];

export interface AreaMember<C extends AreaCollection = AreaCollection> {
  entry: Entry<C>;
  /** Which group of the council page the entry is listed under. */
  gruppe: AreaGroup;
  /** Why the entry is in the area, in Danish, for the page and the exports. */
  grund: string;
}

/** A member of any of the four collections. */
export type AnyAreaMember = { [C in AreaCollection]: AreaMember<C> }[AreaCollection];

/** The collections whose entries can lie in an area. */
export type AreaCollection = 'enheder' | 'eksempler' | 'organisationer' | 'tilbud';

export interface Area {
  sundhedsraad: Entry<'sundhedsraad'>;
  /** The council's kommuner from the sourced list, and whether a source says it is complete. */
  kommuner: readonly string[];
  kommunerKomplet: boolean;
  enheder: AreaMember<'enheder'>[];
  eksempler: AreaMember<'eksempler'>[];
  organisationer: AreaMember<'organisationer'>[];
  tilbud: AreaMember<'tilbud'>[];
}

const refersTo = (value: readonly EntryRef[] | EntryRef | undefined, target: EntryRef) => refsIn(value).some((r) => keyOf(r) === keyOf(target));

/** "A", "A og B", "A, B og C". */
export const danishList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`);

/** The group and reason an entry's coverage gives it in an area with these kommuner, if any. */
export function coverageMember(daekning: Daekning | undefined, kommuner: readonly string[]): { gruppe: AreaGroup; grund: string } | undefined {
  switch (daekning?.omfang) {
    case 'kommuner': {
      const here = (daekning.kommuner ?? []).filter((k) => kommuner.includes(k));
      if (here.length === 0) return undefined;
      return { gruppe: 'lokal', grund: `Arbejder i ${danishList(here)}, som hører til sundhedsrådets område.` };
    }
    case 'region':
      return { gruppe: 'region', grund: 'Dækker hele Region Østdanmark.' };
    case 'land':
      return { gruppe: 'land', grund: 'Dækker hele landet.' };
    case 'online':
      return { gruppe: 'online', grund: 'Foregår online og kan bruges uanset hvor man bor.' };
    default:
      return undefined;
  }
}

/** Whether a coverage settles an entry's place (so references are not followed for it). */
const known = (daekning: Daekning | undefined) => daekning !== undefined && daekning.omfang !== 'ukendt' && daekning.omfang !== 'uden-for-regionen';

/** Collects the entries in the area of `sundhedsraad`, each list in id order. */
export function areaOf(ctx: DataContext, sundhedsraad: Entry<'sundhedsraad'>): Area {
  const list = kommunerI(sundhedsraad.id);
  const kommuner = list?.kommuner ?? [];
  const byCoverage = <C extends AreaCollection>(entry: Entry<C>): AreaMember<C> | undefined => {
    const member = coverageMember((entry as unknown as { data: { daekning?: Daekning } }).data.daekning, kommuner);
    return member ? { entry, ...member } : undefined;
  };
  const lokal = <C extends AreaCollection>(entry: Entry<C>, grund: string): AreaMember<C> => ({ entry, gruppe: 'lokal', grund });

  const enheder = publishedOf(ctx, 'enheder').flatMap((entry) => {
    const member = byCoverage(entry);
    if (member) return [member];
    return !known(entry.data.daekning) && refersTo(entry.data.sundhedsraad, sundhedsraad) ? [lokal(entry, 'Enheden ligger i sundhedsrådets område.')] : [];
  });
  const unitKeys = new Set(enheder.filter((u) => refersTo(u.entry.data.sundhedsraad, sundhedsraad)).map((u) => keyOf(u.entry)));
  const viaExample = new Map<string, Entry<'eksempler'>>();
  const eksempler = publishedOf(ctx, 'eksempler').flatMap((entry) => {
    const direct = refersTo(entry.data.sundhedsraad, sundhedsraad);
    const unit = refsIn(entry.data.enheder).find((r) => unitKeys.has(keyOf(r)));
    const unitEntry = unit ? ctx.model.byKey.get(keyOf(unit)) : undefined;
    if (direct || unitEntry) for (const ref of refsIn(entry.data.organisationer)) if (!viaExample.has(keyOf(ref))) viaExample.set(keyOf(ref), entry);
    const member = byCoverage(entry);
    if (member) return [member];
    if (known(entry.data.daekning)) return [];
    if (direct) return [lokal(entry, 'Eksemplet ligger i sundhedsrådets område.')];
    return unitEntry ? [lokal(entry, `En deltagende enhed ligger i området: ${titleOf(unitEntry)}.`)] : [];
  });
  const orgMembers = new Map<string, AreaMember<'organisationer'>>();
  const organisationer = publishedOf(ctx, 'organisationer').flatMap((entry) => {
    const member = byCoverage(entry);
    const example = viaExample.get(keyOf(entry));
    const found = member ?? (!known(entry.data.daekning) && example ? lokal(entry, `Deltager i eksemplet: ${titleOf(example)}.`) : undefined);
    if (found) orgMembers.set(keyOf(entry), found);
    return found ? [found] : [];
  });
  const tilbud = publishedOf(ctx, 'tilbud').flatMap((entry) => {
    const member = byCoverage(entry);
    if (member) return [member];
    if (known(entry.data.daekning)) return [];
    const org = orgMembers.get(keyOf(entry.data.organisation));
    return org?.gruppe === 'lokal' && !known(org.entry.data.daekning) ? [lokal(entry, `Drives af en organisation i området: ${titleOf(org.entry)}.`)] : [];
  });
  return { sundhedsraad, kommuner, kommunerKomplet: list?.komplet ?? false, enheder, eksempler, organisationer, tilbud };
}

/** Every member of an area in one list, grouped as on the council page (lokal, region, land, online), each group in collection then id order. */
export function membersByGroup(area: Area): Record<AreaGroup, AnyAreaMember[]> {
  const all: AnyAreaMember[] = [...area.enheder, ...area.eksempler, ...area.organisationer, ...area.tilbud];
  return Object.fromEntries(AREA_GROUPS.map((g) => [g, all.filter((m) => m.gruppe === g)])) as Record<AreaGroup, AnyAreaMember[]>;
}

/** How many examples, organisations and offers in an area carry one vocabulary value. */
export interface Count {
  kode: string;
  navn: string;
  eksempler: number;
  organisationer: number;
  tilbud: number;
  i_alt: number;
}

/** Counts per value of a vocabulary field, leaving out values nobody in the area has. Largest first. */
export function countBy(area: Area, field: 'temaer' | 'maalgrupper', vocab: Vocab<string> = field === 'temaer' ? TEMAER : MAALGRUPPER): Count[] {
  const has = (members: readonly Entry<'eksempler' | 'organisationer' | 'tilbud'>[], key: string) =>
    members.filter((entry) => {
      const values: readonly string[] = entry.data[field];
      return values.includes(key);
    }).length;
  return vocab.keys
    .map((key) => {
      const eksempler = has(area.eksempler.map((m) => m.entry), key);
      const organisationer = has(area.organisationer.map((m) => m.entry), key);
      const tilbud = has(area.tilbud.map((m) => m.entry), key);
      return { kode: key, navn: vocab.label(key), eksempler, organisationer, tilbud, i_alt: eksempler + organisationer + tilbud };
    })
    .filter((c) => c.i_alt > 0)
    .sort((a, b) => b.i_alt - a.i_alt || a.navn.localeCompare(b.navn, 'da'));
}
