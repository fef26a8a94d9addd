/**
 * `npm run gennemgang`: the review reminders. `-- --vis` prints the issue bodies (one per owner
 * role) without contacting GitHub; without it, the scheduled workflow (.github/workflows/gennemgang.yml)
 * opens, updates and closes the issues with its own token. The clock is today in Denmark, or
 * `VIDENSBASEN_IDAG=ÅÅÅÅ-MM-DD`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, readAllContent } from '../src/lib/content-files.ts';
import { clockToday } from '../src/lib/dates.ts';
import { clientFromEnv, syncIssues } from './lib/github-issues.ts';
import { ownerOfBody, REMINDER_LABEL, reviewReminders } from '../src/lib/review-reminders.ts';
import { SITE } from '../src/lib/site.ts';
import { validateSchemas } from '../src/lib/validate.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { vis: { type: 'boolean', default: false } } });
const { entries } = validateSchemas(readAllContent(contentRoot(root), root));
const today = clockToday();
const reminders = reviewReminders(entries, today, SITE.url);

if (values.vis) {
  for (const r of reminders) console.log(`# ${r.title}\n\n${r.body}\n\n---\n`);
  console.log(`${reminders.length} issues (én pr. ejer) med ${reminders.reduce((n, r) => n + r.count, 0)} poster.`);
} else {
  const result = await syncIssues(clientFromEnv(), REMINDER_LABEL, reminders.map((r) => ({ key: r.owner, title: r.title, body: r.body })), ownerOfBody);
  console.log(`Åbnet: ${result.opened.join(', ') || 'ingen'}. Opdateret: ${result.updated.join(', ') || 'ingen'}. Lukket: ${result.closed.join(', ') || 'ingen'}.`);
}
