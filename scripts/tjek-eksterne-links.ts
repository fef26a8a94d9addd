/**
 * `npm run tjek:eksterne-links`: checks every external address the site links to (sources,
 * organisations, offers, links in the text) and prints what is dead, moved or could not be
 * reached, with the pages that use each address. Run weekly by .github/workflows/linktjek.yml,
 * never on a pull request: the network is not the editor's fault.
 *   --issue            also open, update or close the one issue "Linktjek" (needs GITHUB_TOKEN)
 *   --adresser A,B,…   check these addresses instead of the site's (e.g. a local test server)
 * Exits 0 whatever it finds: the report is the result, not a failed check.
 */
import { parseArgs } from 'node:util';
import { checkAll, externalLinks, LINK_ISSUE_MARKER, LINK_ISSUE_TITLE, linkReport, type ExternalLink } from './lib/external-links.ts';
import { targetFromEnv, upsertIssue } from './lib/github-issues.ts';
import { contentRoot, readAllContent } from '../src/lib/content-files.ts';
import { formatDanishDate } from '../src/lib/dates.ts';
import { SITE } from '../src/lib/site.ts';

const { values } = parseArgs({ options: { issue: { type: 'boolean', default: false }, adresser: { type: 'string' } } });
const root = new URL('..', import.meta.url).pathname;
const links: ExternalLink[] = values.adresser
  ? values.adresser.split(',').filter(Boolean).map((url) => ({ url, pages: ['(givet på kommandolinjen)'] }))
  : externalLinks(readAllContent(contentRoot(root), root), SITE.url);
console.error(`Tjekker ${links.length} eksterne adresser …`);
const results = await checkAll(links);
const { body, problems } = linkReport(results, formatDanishDate(new Date()));
process.stdout.write(`${body}\n`);
if (values.issue) {
  const result = await upsertIssue(targetFromEnv(), { marker: LINK_ISSUE_MARKER, label: 'linktjek', title: LINK_ISSUE_TITLE, body: problems > 0 ? body : undefined });
  console.error(`Issue: ${result.action}${result.number ? ` (#${result.number})` : ''}`);
}
