import type { Vocab } from '../../schemas/shared/vocab.ts';
import { MAALGRUPPER, TEMAER } from '../../schemas/shared/vocabularies.ts';
import { keyOf, refsIn, titleOf, type Entry } from '../model.ts';
import type { EntryRef } from '../../schemas/shared/reference.ts';
import { publishedOf, type DataContext } from './context.ts';

/**
 * What lies in a health council's area. The data model records the council on examples and on
 * regional units (both optional, set only when a source says so); organisations and offers carry
 * no area of their own. So the area is defined by following references outwards:
 *
 * 1. units whose `sundhedsraad` is the council;
 * 2. examples whose `sundhedsraad` is the council, or that involve one of those units;
 * 3. organisations that take part in those examples;
 * 4. offers run by those organisations (they may take place elsewhere too: see their `hvor`).
 *
 * Only published entries count. Each member carries the reason it is in the area.
 */
export interface AreaMember<C extends AreaCollection = AreaCollection> {
  entry: Entry<C>;
  /** Why the entry is in the area, in Danish, for the page and the CSV. */
  grund: string;
}

/** The collections whose entries can lie in an area. */
export type AreaCollection = 'enheder' | 'eksempler' | 'organisationer' | 'tilbud';

export interface Area {
  sundhedsraad: Entry<'sundhedsraad'>;
  enheder: AreaMember<'enheder'>[];
  eksempler: AreaMember<'eksempler'>[];
  organisationer: AreaMember<'organisationer'>[];
  tilbud: AreaMember<'tilbud'>[];
}

const refersTo = (value: readonly EntryRef[] | EntryRef | undefined, target: EntryRef) => refsIn(value).some((r) => keyOf(r) === keyOf(target));

/** Collects the entries in the area of `sundhedsraad`, each list in id order. */
export function areaOf(ctx: DataContext, sundhedsraad: Entry<'sundhedsraad'>): Area {
  const enheder = publishedOf(ctx, 'enheder')
    .filter((u) => refersTo(u.data.sundhedsraad, sundhedsraad))
    .map((entry) => ({ entry, grund: 'Enheden ligger i sundhedsrådets område.' }));
  const unitKeys = new Set(enheder.map((u) => keyOf(u.entry)));
  const eksempler = publishedOf(ctx, 'eksempler').flatMap((entry) => {
    if (refersTo(entry.data.sundhedsraad, sundhedsraad)) return [{ entry, grund: 'Eksemplet ligger i sundhedsrådets område.' }];
    const unit = refsIn(entry.data.enheder).find((r) => unitKeys.has(keyOf(r)));
    const unitEntry = unit ? ctx.model.byKey.get(keyOf(unit)) : undefined;
    return unitEntry ? [{ entry, grund: `En deltagende enhed ligger i området: ${titleOf(unitEntry)}.` }] : [];
  });
  const viaExample = new Map<string, Entry<'eksempler'>>();
  for (const { entry } of eksempler) {
    for (const ref of refsIn(entry.data.organisationer)) if (!viaExample.has(keyOf(ref))) viaExample.set(keyOf(ref), entry);
  }
  const organisationer = publishedOf(ctx, 'organisationer')
    .filter((o) => viaExample.has(keyOf(o)))
    .map((entry) => ({ entry, grund: `Deltager i eksemplet: ${titleOf(viaExample.get(keyOf(entry))!)}.` }));
  const orgKeys = new Map(organisationer.map((o) => [keyOf(o.entry), o.entry]));
  const tilbud = publishedOf(ctx, 'tilbud').flatMap((entry) => {
    const org = orgKeys.get(keyOf(entry.data.organisation));
    return org ? [{ entry, grund: `Drives af en organisation i området: ${titleOf(org)}.` }] : [];
  });
  return { sundhedsraad, enheder, eksempler, organisationer, tilbud };
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
