import type { Nodes, Root } from 'mdast';
import type { ContentFile } from '../content-files.ts';
import type { Redirect } from '../redirects.ts';
import type { ParsedEntry, Problem } from '../validate.ts';
import type { Allowlist } from './allowlist.ts';
import type { SiteIndex } from './site-index.ts';
import type { SourceMeta } from '../source-register.ts';
import type { SourceDocuments } from '../source-documents.ts';
import type { Speller } from './spelling.ts';

/** One problem a rule found in a file; the runner adds the rule id, file and line offset. */
export interface Finding {
  /** 1-based line: in the MDX body for tree rules, in the file for file rules. */
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  /** Overrides the rule's severity for this finding. */
  severity?: 'fejl' | 'advarsel';
}

/** What a tree rule may know about the entry whose body it reads. */
export interface TreeContext {
  /** The whole site, for rules that check links; absent inside the build guard. */
  site?: SiteIndex | undefined;
  /** `collection/id` of the entry, when known. */
  entryKey?: string | undefined;
  /** `udkast` or `publiceret`, when known. */
  status?: string | undefined;
  allow: Allowlist;
  /** The sources in content/kilder/ by id; absent in the build guard (src/plugins/citations.ts checks there). */
  sources?: ReadonlyMap<string, SourceMeta> | undefined;
  /** The five source documents, read and indexed once per run; absent when their folder is missing. */
  documents?: SourceDocuments | undefined;
  /** The Danish spelling checker, loaded on first use (it takes a second or two). */
  speller?: (() => Speller) | undefined;
  /** Today's date (UTC midnight) from the lint's clock; absent inside the build guard. */
  today?: Date | undefined;
}

/** What a file or corpus rule can see. */
export interface CorpusContext {
  files: ContentFile[];
  /** Entries whose frontmatter passed the schema. */
  entries: ParsedEntry[];
  /** What the one schema validation of this run found (KB001 reports it). */
  schemaProblems: Problem[];
  site: SiteIndex;
  allow: Allowlist;
  /** Files in collection folders that are never read (wrong extension). */
  strayFiles: string[];
  /** Symbolic links and unexpected files in the folders the site is built from (KB030). */
  refusedFiles: { path: string; message: string }[];
  /** Text files besides the entries: the editorial lists in content/, text files in public/ (KB031). */
  otherTexts: { path: string; source: string }[];
  /** content/omdirigeringer.yaml: its path in the repository, its items and unreadable items. */
  redirects: { path: string; list: Redirect[]; errors: { line: number; message: string }[] };
  /** Today's date (UTC midnight), injectable so tests do not depend on the calendar. */
  today: Date;
  /** Where the five source documents should be (data/kildedokumenter/ in the repository). */
  documentsDir: string;
  /** The documents, or undefined when the folder is missing. */
  documents: SourceDocuments | undefined;
  /** The Danish spelling checker, loaded on first use; absent when spelling is switched off. */
  speller?: (() => Speller) | undefined;
}

/**
 * A content rule with an id (`KB004`), a short Danish title for the rule list, and one or more
 * checks. Tree rules read only the MDX syntax tree, so the build's remark guard runs the same
 * code on the tree Astro parsed.
 */
export interface LintRule {
  id: string;
  /** Danish one-liner shown in the rule list on /bidrag/. */
  title: string;
  severity: 'fejl' | 'advarsel';
  /** Also enforced inside the build by the Sätteri content guard (src/plugins/content-guard.ts; security rules). */
  guard?: boolean;
  checkTree?(tree: Root, ctx: TreeContext): Finding[];
  /**
   * A tree rule that looks at one node at a time (made with `nodeRule`): the runner walks each tree
   * once for all such rules. Its messages: nothing, one, or several.
   */
  checkNode?(node: Nodes, ctx: TreeContext): string | undefined | readonly (string | undefined)[];
  /**
   * The node types `checkNode` says something about (it returns nothing for any other). The build's
   * Sätteri guard (src/plugins/content-guard.ts) subscribes one visitor to each of them, so a guard
   * rule must be a node rule with its types listed.
   */
  nodeTypes?: readonly string[];
  /**
   * For a node rule that needs the whole site (`ctx.site`: every page and its headings): the node
   * types it reads. The lint runs it after every body is parsed, on these nodes only, so no tree
   * has to be kept or parsed twice.
   */
  siteNodes?: readonly Nodes['type'][];
  checkFile?(file: ContentFile, ctx: CorpusContext): Finding[];
  checkCorpus?(ctx: CorpusContext): Problem[];
}
