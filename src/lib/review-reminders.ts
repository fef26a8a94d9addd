/**
 * The review reminders: for each owner role (`ejer`), the text of one GitHub issue listing its
 * published entries whose `naesteGennemgang` has passed or falls within the next 30 days, each with
 * its page and its file. A pure function of the entries and a date; the same selection as the
 * overdue list on /redaktion/ (`reviewsDue` in editorial.ts), widened by the 30 days.
 */
import { formatDanishDate, toIsoDay } from './dates.ts';
import { reviewsDue } from './editorial.ts';
import { entryUrl, sourcePath, titleOf, type Entry } from './model.ts';

/** How many days ahead a review counts as due. */
export const REMINDER_DAYS = 30;
/** The label every reminder issue carries; with the owner's marker it finds the issue again. */
export const REMINDER_LABEL = 'gennemgang';
/** The hidden marker in the body that names the owner role the issue is for. */
export const reminderMarker = (owner: string) => `<!-- vidensbasen-gennemgang: ${encodeURIComponent(owner)} -->`;
/** Reads the owner role back from an issue body, or undefined when it is not a reminder. */
export function ownerOfBody(body: string | null | undefined): string | undefined {
  const match = /<!-- vidensbasen-gennemgang: (\S+) -->/.exec(body ?? '');
  return match ? decodeURIComponent(match[1]!) : undefined;
}

export interface Reminder {
  owner: string;
  title: string;
  body: string;
  /** How many entries are due. */
  count: number;
}

/**
 * One reminder per owner role with anything due, sorted by role. `siteUrl` makes the page links
 * absolute (the issue is read on GitHub, not on the site).
 */
export function reviewReminders(entries: readonly Entry[], today: Date, siteUrl: string): Reminder[] {
  const due = reviewsDue(entries, today, REMINDER_DAYS);
  const owners = [...new Set(due.map((e) => e.data.ejer))].sort((a, b) => a.localeCompare(b, 'da'));
  const base = siteUrl.replace(/\/+$/, '');
  return owners.map((owner) => {
    const mine = due.filter((e) => e.data.ejer === owner);
    const line = (e: Entry) => {
      const date = e.data.naesteGennemgang;
      const when = date.getTime() < today.getTime() ? `skulle være gennemgået senest ${formatDanishDate(date)}` : `skal gennemgås senest ${formatDanishDate(date)}`;
      return `- [ ] **${titleOf(e)}** – ${when}. Side: ${base}${entryUrl(e)} · Fil: \`${sourcePath(e)}\``;
    };
    const overdue = mine.filter((e) => e.data.naesteGennemgang.getTime() < today.getTime());
    const soon = mine.filter((e) => !overdue.includes(e));
    const body = [
      reminderMarker(owner),
      `Poster, som **${owner}** ejer, og som skal gennemgås: datoen i \`naesteGennemgang\` er passeret eller falder inden for ${REMINDER_DAYS} dage efter ${formatDanishDate(today)}.`,
      '',
      ...(overdue.length ? [`### Datoen er passeret (${overdue.length})`, '', ...overdue.map(line), ''] : []),
      ...(soon.length ? [`### Inden for ${REMINDER_DAYS} dage (${soon.length})`, '', ...soon.map(line), ''] : []),
      'Tjek hver post mod sine kilder, ret den, og skriv dagens dato i `sidstGennemgaaet` og en ny dato i `naesteGennemgang`. Samme liste står på Redaktionens oversigt (`/redaktion/`).',
      '',
      `_Opdateres automatisk hver uge (workflowet "Påmindelser om gennemgang", ${toIsoDay(today)}). Issuet lukkes, når intet længere er forfaldent._`,
    ].join('\n');
    return { owner, title: `Gennemgang: ${mine.length} ${mine.length === 1 ? 'post' : 'poster'} for ${owner}`, body, count: mine.length };
  });
}
