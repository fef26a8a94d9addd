import type { ContentFile } from './content-files.ts';
import type { CollectionName } from '../schemas/shared/collections.ts';

/** The collections where every published entry must cite its sources at claim level. */
export const CITED_COLLECTIONS = ['strategi', 'pejlemaerker', 'rammer', 'eksempler', 'sundhedsraad'] as const satisfies readonly CollectionName[];

const INLINE_CODE = /(`+)[\s\S]*?\1/g;
/** A footnote reference `[^x]`, not a definition `[^x]:`. */
const REFERENCE = /\[\^[^\]\s]+\](?!:)/g;

/** How many footnote references (claim citations) a body holds. A scan of the Markdown, not a parse. */
export const citationCount = (body: string) => body.replace(INLINE_CODE, '').match(REFERENCE)?.length ?? 0;

/** Claim citations per collection, and the published entries of CITED_COLLECTIONS without any. */
export interface CitationSummary {
  perCollection: Map<CollectionName, number>;
  total: number;
  uncited: ContentFile[];
}

/** Counts the claim citations of all MDX entries. */
export function citationSummary(files: readonly ContentFile[]): CitationSummary {
  const perCollection = new Map<CollectionName, number>();
  const uncited: ContentFile[] = [];
  let total = 0;
  for (const file of files) {
    if (!file.path.endsWith('.mdx')) continue;
    const count = citationCount(file.body);
    total += count;
    perCollection.set(file.collection, (perCollection.get(file.collection) ?? 0) + count);
    const published = (file.data as { status?: unknown }).status === 'publiceret';
    if (count === 0 && published && (CITED_COLLECTIONS as readonly string[]).includes(file.collection)) uncited.push(file);
  }
  return { perCollection, total, uncited };
}

/** The summary as `npm run tjek` prints it, in Danish. */
export function formatCitationSummary(summary: CitationSummary): string[] {
  const counts = [...summary.perCollection].filter(([, n]) => n > 0).map(([c, n]) => `${c} ${n}`);
  const lines = [`Kildehenvisninger i teksten: ${summary.total}${counts.length ? ` (${counts.join(', ')})` : ''}.`];
  if (summary.uncited.length) {
    lines.push(`Publicerede poster i ${CITED_COLLECTIONS.join(', ')} uden kildehenvisninger i teksten: ${summary.uncited.length}.`);
    for (const file of summary.uncited) lines.push(`  ${file.path}`);
  }
  return lines;
}
