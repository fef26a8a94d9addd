/** Search results shaped for the UIs: title, type, excerpt and the matching sections of long pages. */
import type { PagefindResult } from './pagefind-api';
import { UI } from '../../lib/ui';

/** Headings every entry page has (facts, sources …): a match there is not a section worth showing. */
const PAGE_PARTS = new Set<string>([UI.toc, ...Object.values(UI.entry).flatMap((v): string[] => (typeof v === 'string' ? [v] : []))]);

/** A section of a long page that matches (a sub-result under a heading). */
export interface Section {
  url: string;
  title: string;
  excerpt: string;
}

/** A result ready to show. `excerpt` is Pagefind's HTML: entities escaped, matches in `<mark>`. */
export interface Hit {
  url: string;
  title: string;
  type: string;
  excerpt: string;
  sections: Section[];
}

/** Loads the data of some results and shapes them; sections only for headings, at most `maxSections`. */
export async function hits(results: readonly PagefindResult[], maxSections = 3): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta['title'] ?? d.url,
    type: d.meta['type'] ?? '',
    excerpt: d.excerpt,
    sections: (d.sub_results ?? [])
      .filter((s) => s.anchor && /^h[2-4]$/.test(s.anchor.element) && !PAGE_PARTS.has(s.title))
      .slice(0, maxSections)
      .map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt })),
  }));
}
