import { relative } from 'node:path';
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentRoot } from '../lib/content-files.ts';
import { EMPTY_ALLOWLIST } from '../lib/lint/allowlist.ts';
import { kildehenvisninger, resolveCitation } from '../lib/lint/rules/kb018-kildehenvisninger.ts';
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
 * source's page. The sources are read once per process. Before that, the body is checked with
 * KB018 itself (one walk of the tree): a note that names no known source or no locator, a note
 * never used and a reference to no note stop the build with the message `npm run tjek` gives.
 */
export function remarkCitations(options: RemarkCitationsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const sources = readSourceRegister(options.contentRoot ?? contentRoot());
    const findings = kildehenvisninger.checkTree?.(tree, { allow: EMPTY_ALLOWLIST, sources }) ?? [];
    if (findings.length) {
      const path = file.path ? relative(process.cwd(), file.path) : 'ukendt fil';
      const lines = findings.map((f) => `  ${path}:${f.line ?? '?'} [KB018] ${f.message}`);
      throw new Error(`Kildehenvisningerne kan ikke bygges:\n${lines.join('\n')}\nKør npm run tjek for at se alle problemer.`);
    }
    for (const definition of tree.children) {
      if (definition.type !== 'footnoteDefinition') continue;
      const resolved = resolveCitation(definition, sources);
      if (resolved.ok && resolved.source) definition.children = [{ type: 'paragraph', children: noteContent(resolved.id, resolved.source, resolved.locator) }];
    }
  };
}
