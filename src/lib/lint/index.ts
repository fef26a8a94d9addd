import { relative, join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { strayContentFiles, type ContentFile } from '../content-files.ts';
import { clockToday } from '../dates.ts';
import { readRedirects, REDIRECTS_FILE } from '../redirects.ts';
import { isEntryOf, keyOf } from '../model.ts';
import { validateSchemas, type ParsedEntry, type Problem } from '../validate.ts';
import { EMPTY_ALLOWLIST, readAllowlist } from './allowlist.ts';
import { parseMdx, type ParseFailure } from './mdx.ts';
import { allNodes, findingsAt, treeFindings } from './findings.ts';
import { altTekst } from './rules/kb009-alt-tekst.ts';
import { cpr } from './rules/kb011-cpr.ts';
import { filnavn } from './rules/kb017-filnavn.ts';
import { gennemgang } from './rules/kb014-gennemgang.ts';
import { henvisninger } from './rules/kb002-henvisninger.ts';
import { html } from './rules/kb007-html.ts';
import { importExport } from './rules/kb004-import-export.ts';
import { interneLinks } from './rules/kb010-interne-links.ts';
import { komponenter } from './rules/kb006-komponenter.ts';
import { linktekst } from './rules/kb013-linktekst.ts';
import { explainParseFailure, mdxSyntaks } from './rules/kb003-mdx-syntaks.ts';
import { omdirigeringer } from './rules/kb016-omdirigeringer.ts';
import { persondata } from './rules/kb012-persondata.ts';
import { pladsholder } from './rules/kb015-pladsholder.ts';
import { skema } from './rules/kb001-skema.ts';
import { udtryk } from './rules/kb005-udtryk.ts';
import { bemaerk } from './rules/kb024-bemaerk.ts';
import { procesnoter } from './rules/kb025-procesnoter.ts';
import { rammeIndlejring } from './rules/kb026-ramme-indlejring.ts';
import { lix } from './rules/kb028-lix.ts';
import { daekning } from './rules/kb029-daekning.ts';
import { filer } from './rules/kb030-filer.ts';
import { usynligeTegn } from './rules/kb031-usynlige-tegn.ts';
import { scanRepositoryFiles } from './repository-files.ts';
import { urlSkema } from './rules/kb008-url-skema.ts';
import { kildehenvisninger } from './rules/kb018-kildehenvisninger.ts';
import { rammerKilder } from './rules/kb019-rammer-kilder.ts';
import { talKilder } from './rules/kb020-tal-kilder.ts';
import { citater } from './rules/kb021-citater.ts';
import { kopieretTekst } from './rules/kb022-kopieret-tekst.ts';
import { passeredeDatoer } from './rules/kb027-passerede-datoer.ts';
import { stavning } from './rules/kb023-stavning.ts';
import { acceptedWords, createSpeller, type Speller } from './spelling.ts';
import { documentsDir as defaultDocumentsDir, loadSourceDocuments } from '../source-documents.ts';
import { sourceMeta } from '../source-register.ts';
import { existsSync } from 'node:fs';
import { headingAnchors, pageRoutes, publicFiles, type SiteIndex } from './site-index.ts';
import type { CorpusContext, Finding, LintRule } from './types.ts';

/** Every content rule, in id order. The rule list on /bidrag/ is generated from it. */
export const RULES: readonly LintRule[] = [
  skema, henvisninger, mdxSyntaks, importExport, udtryk, komponenter, html, urlSkema, altTekst,
  interneLinks, cpr, persondata, linktekst, gennemgang, pladsholder, omdirigeringer, filnavn,
  kildehenvisninger, rammerKilder, talKilder, citater, kopieretTekst, stavning, bemaerk, procesnoter, rammeIndlejring,
  passeredeDatoer, lix, daekning, filer, usynligeTegn,
];

/** The rules the build enforces too (src/plugins/content-guard.ts, a Sätteri plugin): those that keep code and unsafe links out. */
export const GUARD_RULES = RULES.filter((rule) => rule.guard);

export interface LintOptions {
  /** The repository root: src/pages and public/ are read from here. Default: the working directory. */
  repoRoot?: string;
  /** The content folder; its omdirigeringer.yaml and undtagelser.yaml are read. Without it, none. */
  contentRoot?: string;
  /** Today (for review dates and passed dates). Default: the clock (`VIDENSBASEN_IDAG`, else today in Denmark). */
  today?: Date;
  /** The folder of the five source documents. Default: data/kildedokumenter/ in the repository. */
  documentsDir?: string;
  /** Run the spelling rule (KB023). Default true; rule tests of other rules turn it off, as loading the dictionary takes seconds. */
  spelling?: boolean;
}

/**
 * The publication status of every file: the parsed entry's, or for a file that fails its schema
 * (already an error of its own) the status its frontmatter names, so links to it are judged as before.
 */
function statusOf(files: readonly ContentFile[], entries: readonly ParsedEntry[]): Map<string, string | undefined> {
  const parsed = new Map(entries.map((e) => [keyOf(e), e.data.status]));
  return new Map(files.map((file) => {
    const key = keyOf(file);
    const raw = (file.data as { status?: unknown }).status;
    return [key, parsed.get(key) ?? (typeof raw === 'string' ? raw : undefined)];
  }));
}

/** What the site will contain, known before building: entries with their headings, pages, files, redirects. */
export function buildSiteIndex(files: ContentFile[], entries: readonly ParsedEntry[], anchors: Map<ContentFile, Set<string>>, repoRoot: string, redirects: Map<string, string>): SiteIndex {
  const { routes, files: endpoints } = pageRoutes(join(repoRoot, 'src/pages'));
  const status = statusOf(files, entries);
  const targets = new Map(
    files.map((file) => [keyOf(file), { status: status.get(keyOf(file)) ?? 'udkast', anchors: anchors.get(file) ?? new Set(['indhold']) }]),
  );
  return { entries: targets, routes, files: new Set([...publicFiles(join(repoRoot, 'public')), ...endpoints]), redirects };
}

const toProblem = (rule: LintRule, file: string, offset: number) => (f: Finding): Problem => ({
  rule: rule.id,
  severity: f.severity ?? rule.severity,
  file,
  line: f.line === undefined ? undefined : f.line + offset,
  field: f.field,
  message: f.message,
});

/** Runs every rule over all files and returns every problem at once. */
export function runLint(files: ContentFile[], options: LintOptions = {}): Problem[] {
  const repoRoot = options.repoRoot ?? process.cwd();
  const mdxFiles = files.filter((f) => f.path.endsWith('.mdx'));
  const redirects = options.contentRoot ? readRedirects(options.contentRoot) : { redirects: [], errors: [] };
  const { entries, problems: schemaProblems } = validateSchemas(files);
  const documentsDir = options.documentsDir ?? defaultDocumentsDir(repoRoot);
  // Sources by id for the citation rules; the spelling dictionary only when a rule asks for it.
  const sources = new Map(entries.filter(isEntryOf('kilder')).map((e) => [e.id, sourceMeta(e.data)]));
  const fileStatus = statusOf(files, entries);
  let speller: Speller | undefined;
  const getSpeller = options.spelling === false ? undefined : () => (speller ??= createSpeller(acceptedWords(entries, repoRoot)));
  const allow = options.contentRoot ? readAllowlist(options.contentRoot) : EMPTY_ALLOWLIST;
  const documents = existsSync(documentsDir) ? loadSourceDocuments(documentsDir, repoRoot) : undefined;
  // Today's date in Denmark: an entry is overdue the day after its review date, not on it.
  const today = options.today ?? clockToday();
  const treeCtxOf = (file: ContentFile, site?: SiteIndex) => ({
    site, entryKey: keyOf(file), status: fileStatus.get(keyOf(file)), allow, sources, documents, speller: getSpeller, today,
  });

  // Each body is parsed once, and its tree dropped after use: holding all trees cost 0.5 GB at
  // 1,000 guide-length entries, and the lint runs beside Astro in the build. Rules that need the
  // whole site (every page's headings) run after all bodies are read, on the nodes they named.
  const treeProblems = new Map<LintRule, Problem[]>(RULES.map((rule) => [rule, []]));
  const addTreeFindings = (file: ContentFile, found: Map<LintRule, Finding[]>) => {
    for (const [rule, findings] of found) treeProblems.get(rule)?.push(...findings.map(toProblem(rule, file.path, file.bodyLine - 1)));
  };
  const siteRules = RULES.filter((rule) => rule.siteNodes);
  const localRules = RULES.filter((rule) => !rule.siteNodes);
  const siteNodeTypes = new Set(siteRules.flatMap((rule) => rule.siteNodes ?? []));
  const anchors = new Map<ContentFile, Set<string>>();
  const keptNodes = new Map<ContentFile, Nodes[]>();
  const failures = new Map<ContentFile, ParseFailure>();
  for (const file of mdxFiles) {
    const result = parseMdx(file.body);
    if (!('tree' in result)) {
      failures.set(file, result.failure);
      continue;
    }
    const nodes = allNodes(result.tree);
    anchors.set(file, headingAnchors(result.tree));
    addTreeFindings(file, treeFindings(localRules, result.tree, treeCtxOf(file), nodes));
    keptNodes.set(file, nodes.filter((node) => siteNodeTypes.has(node.type)));
  }

  const tree = options.contentRoot ? scanRepositoryFiles(repoRoot, options.contentRoot) : { refused: [], texts: [] };
  const ctx: CorpusContext = {
    files,
    entries,
    schemaProblems,
    site: buildSiteIndex(files, entries, anchors, repoRoot, new Map(redirects.redirects.map((r) => [r.fra, r.til]))),
    allow,
    strayFiles: options.contentRoot ? strayContentFiles(options.contentRoot, repoRoot) : [],
    refusedFiles: tree.refused,
    otherTexts: tree.texts,
    redirects: {
      path: options.contentRoot ? relative(repoRoot, join(options.contentRoot, REDIRECTS_FILE)) : REDIRECTS_FILE,
      list: redirects.redirects,
      errors: redirects.errors,
    },
    today,
    documentsDir: relative(repoRoot, documentsDir) || '.',
    documents,
    speller: getSpeller,
  };
  for (const [file, nodes] of keptNodes) {
    const treeCtx = treeCtxOf(file, ctx.site);
    addTreeFindings(file, new Map(siteRules.map((rule) => [rule, findingsAt(nodes.filter((n) => rule.siteNodes?.includes(n.type)), (node) => rule.checkNode?.(node, treeCtx))])));
  }

  const problems: Problem[] = [];
  for (const [file, failure] of failures) problems.push(toProblem(mdxSyntaks, file.path, file.bodyLine - 1)(explainParseFailure(failure)));
  for (const rule of RULES) {
    if (rule.checkCorpus) problems.push(...rule.checkCorpus(ctx));
    if (rule.checkFile) for (const file of files) problems.push(...rule.checkFile(file, ctx).map(toProblem(rule, file.path, 0)));
    problems.push(...(treeProblems.get(rule) ?? []));
  }
  return problems;
}

/**
 * The guard rules' findings for one remark tree, in the lint's order: the reference verdict the
 * build's Sätteri guard (src/plugins/content-guard.ts) must agree with (tests/build/differential.test.ts).
 */
export function guardTree(tree: Root, rules: readonly LintRule[] = GUARD_RULES): (Finding & { rule: string })[] {
  return [...treeFindings(rules, tree, { allow: EMPTY_ALLOWLIST })].flatMap(([rule, findings]) => findings.map((f) => ({ ...f, rule: rule.id })));
}
