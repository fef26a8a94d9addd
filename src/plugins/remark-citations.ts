import { relative } from 'node:path';
import type { FootnoteDefinition, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentRoot } from '../lib/content-files.ts';
import { resolveCitation } from '../lib/lint/rules/kb018-kildehenvisninger.ts';
import { readSourceRegister, type SourceMeta } from '../lib/source-register.ts';

/** Options for tests and other corpora; the build uses the content folder Astro reads. */
export interface RemarkCitationsOptions {
  contentRoot?: string;
}

/** What a reader sees in a note: the source's title as a link, publisher and year, then the locator. */
function noteContent(id: string, source: SourceMeta, locator: string): PhrasingContent[] {
  const byline = [source.udgiver, source.aar].filter((part) => part !== '' && part !== undefined).join(', ');
  return [
    { type: 'link', url: `/kilder/${id}/`, children: [{ type: 'text', value: source.titel || id }] },
    { type: 'text', value: `${byline ? ` (${byline})` : ''}, ${locator}` },
  ];
}

/**
 * Turns each footnote definition `[^n]: <kilde-id>, <lokator>` into a note that links to the
 * source's page. The sources are read once per process; each body is walked once. A note that
 * names no known source or no locator stops the build with the same message `npm run tjek`
 * gives (KB018), so an entry can never show a note that leads nowhere.
 */
export function remarkCitations(options: RemarkCitationsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const definitions = tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition');
    if (definitions.length === 0) return;
    const sources = readSourceRegister(options.contentRoot ?? contentRoot());
    const problems: string[] = [];
    const path = file.path ? relative(process.cwd(), file.path) : 'ukendt fil';
    for (const definition of definitions) {
      const resolved = resolveCitation(definition, sources);
      if (!resolved.ok) problems.push(`  ${path}:${resolved.finding.line ?? '?'} [KB018] ${resolved.finding.message}`);
      else if (resolved.source) definition.children = [{ type: 'paragraph', children: noteContent(resolved.id, resolved.source, resolved.locator) }];
    }
    if (problems.length) {
      throw new Error(`Kildehenvisningerne kan ikke bygges:\n${problems.join('\n')}\nKør npm run tjek for at se alle problemer.`);
    }
  };
}
