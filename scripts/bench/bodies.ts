/**
 * MDX bodies for the synthetic entries: headings, paragraphs, bullet lists, links to other
 * entries that exist and are published, and external links. Plain Markdown only (no JSX, no
 * expressions, no raw HTML), as the content rules ask of editors.
 */
import type { CollectionName } from '../../src/schemas/index.ts';
import { COLLECTION_DEFINITIONS } from '../../src/schemas/index.ts';
import { CITED_COLLECTIONS } from '../../src/lib/citation-count.ts';
import type { SyntheticEntry } from './entry.ts';
import * as da from './danish.ts';
import { guideSections } from './long-bodies.ts';
import type { Random } from './prng.ts';

interface Lookup {
  byKey: Map<string, SyntheticEntry>;
  offersOf: Map<string, SyntheticEntry[]>;
  glossary: SyntheticEntry[];
  published: SyntheticEntry[];
}

const lookups = new WeakMap<readonly SyntheticEntry[], Lookup>();

/** Indexes built once per corpus, so writing N bodies stays linear in N. */
function lookup(entries: readonly SyntheticEntry[]): Lookup {
  let found = lookups.get(entries);
  if (!found) {
    const isPublished = (e: SyntheticEntry) => e.data['status'] === 'publiceret';
    const offersOf = new Map<string, SyntheticEntry[]>();
    for (const e of entries) {
      if (e.collection === 'tilbud' && isPublished(e)) {
        const org = String(e.data['organisation']);
        const list = offersOf.get(org) ?? [];
        list.push(e);
        offersOf.set(org, list);
      }
    }
    found = {
      byKey: new Map(entries.map((e) => [`${e.collection}/${e.id}`, e])),
      offersOf,
      glossary: entries.filter((e) => e.collection === 'ordliste' && isPublished(e)),
      published: entries.filter(isPublished),
    };
    lookups.set(entries, found);
  }
  return found;
}

const link = (e: SyntheticEntry) => `[${e.title}](/${e.collection}/${e.id}/)`;

/**
 * The MDX body of an entry, or undefined for YAML collections. A `long` body goes on with the
 * sections of a guide (long-bodies.ts) until it holds 600–1,200 words.
 */
export function bodyOf(entry: SyntheticEntry, entries: readonly SyntheticEntry[], r: Random, long = false): string | undefined {
  if (COLLECTION_DEFINITIONS[entry.collection].format !== 'mdx') return undefined;
  const { byKey, offersOf, glossary, published } = lookup(entries);
  const headings = da.HEADINGS[entry.collection as keyof typeof da.HEADINGS] ?? ['Om emnet'];
  const sections: string[] = [];
  const term = glossary.length ? r.pick(glossary) : undefined;
  headings.forEach((heading, i) => {
    const parts = [`## ${heading}`, da.paragraph(r)];
    if (i === 0 && term) parts.push(`Læs også om begrebet ${link(term)} i ordlisten.`);
    if (i === 1) parts.push(da.bullets(r));
    if (i === 2 && r.chance(0.5)) parts.push(da.paragraph(r, 1, 3));
    sections.push(parts.join('\n\n'));
  });
  sections.push(...extras(entry, byKey, offersOf, r));
  if (long) sections.push(...guideSections(sections, published, r));
  return `${cite(entry, sections.join('\n\n'), headings[0] ?? 'Om emnet')}\n`;
}

/** The collections whose published entries cite a source after every claim (src/lib/citation-count.ts). */
const CITED: readonly string[] = CITED_COLLECTIONS;

/**
 * Claim-level citations as editors write them: a footnote after every paragraph and list item,
 * and its definition (the entry's first source and a section) at the end of the body.
 */
function cite(entry: SyntheticEntry, body: string, section: string): string {
  const source = (entry.data['kilder'] as unknown[] | undefined)?.[0];
  if (!CITED.includes(entry.collection) || typeof source !== 'string') return body;
  // A table row cannot carry a footnote after its last pipe; its paragraph before it is cited.
  const cited = body.split('\n').map((line) => (line.trim() && !line.startsWith('#') && !line.startsWith('|') ? `${line}[^1]` : line)).join('\n');
  return `${cited}\n\n[^1]: ${source}, afsnit "${section}"`;
}

/** Collection-specific sections: an organisation's offers, an example's partners, a guide's links. */
function extras(entry: SyntheticEntry, byKey: Map<string, SyntheticEntry>, offersOf: Map<string, SyntheticEntry[]>, r: Random): string[] {
  const refs = (collection: CollectionName, ids: unknown) =>
    (Array.isArray(ids) ? ids : ids === undefined ? [] : [ids]).map((id) => byKey.get(`${collection}/${String(id)}`)).filter((e) => e !== undefined);
  switch (entry.collection) {
    case 'organisationer': {
      const offers = (offersOf.get(entry.id) ?? []).slice(0, 12);
      const site = `Mere om organisationen står på [dens hjemmeside](${String(entry.data['hjemmeside'])}).`;
      return offers.length ? [`## Organisationens tilbud\n\n${offers.map((o) => `- ${link(o)}`).join('\n')}`, site] : [site];
    }
    case 'eksempler':
      return [`## Parter\n\n${refs('organisationer', entry.data['organisationer']).map((o) => `- ${link(o)}`).join('\n')}`];
    case 'tilbud': {
      const org = refs('organisationer', entry.data['organisation'])[0];
      return org ? [`Tilbuddet drives af ${link(org)}. ${da.referral(r)}`] : [];
    }
    case 'vejledninger': {
      const steps = (entry.data['trin'] as { titel: string; tekst: string }[]).map((s) => `### ${s.titel}\n\n${s.tekst} ${da.sentence(r)}`);
      return [`## Trin for trin\n\n${steps.join('\n\n')}`];
    }
    default:
      return [];
  }
}
