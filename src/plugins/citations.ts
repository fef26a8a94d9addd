import type { FootnoteDefinition, PhrasingContent, Text } from 'mdast';
import type { HastPluginDefinition, MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import type { Element } from 'hast';
import { contentRoot } from '../lib/content-files.ts';
import { definitionFindings, resolveCitation, undefinedReferences } from '../lib/lint/rules/kb018-kildehenvisninger.ts';
import { lineOf } from '../lib/lint/mdx.ts';
import type { Finding } from '../lib/lint/types.ts';
import { readSourceRegister, type SourceMeta } from '../lib/source-register.ts';
import { UI } from '../lib/ui.ts';
import { buildError, entryPath } from './build-error.ts';

/** Options for tests and other corpora; the build uses the content folder Astro reads. */
export interface CitationsOptions {
  contentRoot?: string;
}

/** The heading of the error that stops the build. */
export const CITATIONS_HEADING = 'Kildehenvisningerne kan ikke bygges';

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
 * source's page. The sources are read once per process. The body is checked with KB018's own
 * checks on the nodes it reads (text, footnote references and definitions, each a Sätteri visitor):
 * a note that names no known source or no locator, a note never used and a reference to no note
 * stop the build with the message `npm run tjek` gives.
 */
export function citations(options: CitationsOptions = {}): MdastPluginEntry {
  return (document) => {
    const sources = readSourceRegister(options.contentRoot ?? contentRoot());
    const textFindings: Finding[] = [];
    const referenced = new Set<string>();
    const definitions: { definition: FootnoteDefinition; resolved: ReturnType<typeof resolveCitation> }[] = [];
    const definition: MdastPluginDefinition = {
      name: 'vidensbasen-kildehenvisninger',
      options: { position: true },
      text(node) {
        if (!node.value.includes('[^')) return;
        for (const message of undefinedReferences(node as Text)) textFindings.push({ line: lineOf(node), message });
      },
      footnoteReference(node) {
        referenced.add(node.identifier);
      },
      footnoteDefinition(node, ctx) {
        const resolved = resolveCitation(node as FootnoteDefinition, sources);
        definitions.push({ definition: node as FootnoteDefinition, resolved });
        if (resolved.ok && resolved.source) ctx.setProperty(node, 'children', [{ type: 'paragraph', children: noteContent(resolved.id, resolved.source, resolved.locator) }]);
      },
      after() {
        const findings = [...textFindings, ...definitions.flatMap(({ definition: d, resolved }) => definitionFindings(d, resolved, referenced))];
        if (findings.length) throw buildError(CITATIONS_HEADING, entryPath(document.fileURL), findings.map((f) => ({ ...f, rule: 'KB018' })));
      },
    };
    return definition;
  };
}

/** Footnotes in Danish: the heading over the notes and the names of the back links (Sätteri's GFM options). */
export const FOOTNOTES = {
  label: UI.citations.heading,
  backLabel: (referenceNumber: number, rerunIndex: number) => UI.citations.back(referenceNumber, rerunIndex),
};

/** Sätteri names the footnote heading's id; this is the id its text links point to with aria-describedby. */
const FOOTNOTE_LABEL_ID = 'footnote-label';

/**
 * Finishes the footnotes Sätteri made: the superscript number in the text gets a name a screen
 * reader can say ("Kilde 1", which contains the visible "1"), the notes section is kept out of
 * search excerpts (which should show the article's own words), and its heading is visible, with
 * the site's class instead of Sätteri's `sr-only`. Sätteri filters the elements by tag name.
 */
export const citationsHast: HastPluginDefinition = {
  name: 'vidensbasen-kildehenvisninger-html',
  element: [
    {
      filter: ['a'],
      visit(node, ctx) {
        if (node.properties['dataFootnoteRef'] === undefined) return;
        ctx.setProperty(node, 'ariaLabel', UI.citations.reference(ctx.textContent(node).trim()));
      },
    },
    {
      filter: ['section'],
      visit(node, ctx) {
        if (node.properties['dataFootnotes'] === undefined) return;
        ctx.setProperty(node, 'className', ['kildehenvisninger']);
        ctx.setProperty(node, 'dataPagefindIgnore', '');
      },
    },
    {
      filter: ['h2'],
      visit(node: Element, ctx) {
        if (node.properties['id'] !== FOOTNOTE_LABEL_ID) return;
        ctx.setProperty(node, 'className', ['kildehenvisninger-titel']);
      },
    },
  ],
};
