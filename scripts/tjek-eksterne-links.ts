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
import { checkAll, externalLinks, LINK_ISSUE_KEY, LINK_ISSUE_MARKER, LINK_ISSUE_TITLE, linkReport, type ExternalLink } from './lib/external-links.ts';
import { clientFromEnv, syncIssues } from './lib/github-issues.ts';
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
  // One issue, found again by its label and marker; closed when every address answered.
  const wanted = problems > 0 ? [{ key: LINK_ISSUE_KEY, title: LINK_ISSUE_TITLE, body }] : [];
  const result = await syncIssues(clientFromEnv(), LINK_ISSUE_KEY, wanted, (text) => (text?.includes(LINK_ISSUE_MARKER) ? LINK_ISSUE_KEY : undefined));
  console.error(`Issue – åbnet: ${result.opened.join(', ') || 'intet'}; opdateret: ${result.updated.join(', ') || 'intet'}; lukket: ${result.closed.join(', ') || 'intet'}.`);
}
