import { siteModel, type SiteEntry } from '../entries.ts';
import { summaryOf, titleOf } from '../model.ts';
import { isEntryRef, type EntryRef } from '../../schemas/shared/reference.ts';
import type { Vocab } from '../../schemas/shared/vocab.ts';
import { FACET_SOURCES, facetValuesOf, type FacetName } from '../facets.ts';
import { SynonymMatcher, synonymGroups } from './synonyms.ts';

/** One value of a facet as a filter panel shows it. */
export interface FacetOption {
  key: string;
  label: string;
}

/** The values of a facet with their Danish labels, in vocabulary or title order. */
export async function facetOptions(facet: FacetName): Promise<FacetOption[]> {
  const source = FACET_SOURCES[facet];
  if ('vocab' in source) {
    const vocab = source.vocab as Vocab<string>;
    return vocab.keys.map((key) => ({ key, label: vocab.label(key) }));
  }
  return (await siteModel()).of(source.collection).map((e) => ({ key: e.id, label: titleOf(e) }));
}

/** The Danish label of one facet value, for a vocabulary facet (reference labels need the corpus). */
function vocabLabel(facet: FacetName, key: string): string | undefined {
  const source = FACET_SOURCES[facet];
  return 'vocab' in source ? (source.vocab.labels as Record<string, string>)[key] : undefined;
}

let matcher: Promise<SynonymMatcher> | undefined;

/** The synonym matcher built from the published glossary, once per build. */
export function glossaryMatcher(): Promise<SynonymMatcher> {
  matcher ??= siteModel().then((model) => new SynonymMatcher(synonymGroups(model.of('ordliste').map((t) => t.data))));
  return matcher;
}

/** Every string in the frontmatter, and the references (whose titles the page shows) apart. */
function walk(value: unknown, strings: string[], refs: EntryRef[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) value.forEach((v) => walk(v, strings, refs));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    if (isEntryRef(value)) refs.push(value);
    else Object.values(value).forEach((v) => walk(v, strings, refs));
  }
}

/**
 * The words a reader sees on the entry's page, as far as the synonym layer needs them: title,
 * summary, frontmatter text, facet labels, the titles of referenced entries (facts, related) and the body.
 */
export async function entryText(entry: SiteEntry): Promise<string> {
  const data = entry.data;
  const strings: string[] = [];
  const refs: EntryRef[] = [];
  walk(data, strings, refs);
  const labels = Object.entries(facetValuesOf(entry.collection, data)).flatMap(([facet, keys]) =>
    keys.map((k) => vocabLabel(facet as FacetName, k) ?? ''),
  );
  const titles = (await siteModel()).resolve(refs.filter((r) => r.collection !== 'kilder')).map(titleOf);
  return [titleOf(entry), summaryOf(entry), ...strings, ...labels, ...titles, entry.body ?? ''].join('\n');
}

/** The search words (glossary synonyms) an entry's page gets. */
export async function entrySearchWords(entry: SiteEntry): Promise<string> {
  return (await glossaryMatcher()).searchWords(await entryText(entry));
}
