import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorialReport } from '../../../src/lib/editorial.ts';
import { syncIssues, type IssueClient } from '../../../scripts/lib/github-issues.ts';
import type { Entry } from '../../../src/lib/model.ts';
import { ownerOfBody, REMINDER_LABEL, reminderMarker, reviewReminders } from '../../../src/lib/review-reminders.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (collection: string, id: string, titel: string, ejer: string, next: string, status = 'publiceret') =>
  ({ collection, id, data: { titel, navn: titel, ejer, status, pejlemaerker: [], sundhedsraad: [], kilder: [], naesteGennemgang: day(next), sidstGennemgaaet: day('2026-01-01') } }) as unknown as Entry;

const ENTRIES = [
  entry('rammer', 'tilskud', 'Tilskud', 'Redaktionen', '2027-01-10'),
  entry('organisationer', 'hjerteforeningen', 'Hjerteforeningen', 'Team Sundhedsråd', '2027-02-01'),
  entry('vejledninger', 'frivillige', 'Frivillige', 'Redaktionen', '2027-02-20'),
  entry('eksempler', 'langt-ude', 'Langt ude', 'Redaktionen', '2027-03-01'),
  entry('eksempler', 'udkast', 'Udkast', 'Redaktionen', '2027-01-01', 'udkast'),
];
const TODAY = day('2027-01-21');

describe('reviewReminders', () => {
  it('gives one issue per owner role with the entries passed or due within 30 days, with page and file', () => {
    const reminders = reviewReminders(ENTRIES, TODAY, 'https://vidensbasen.dk/');
    expect(reminders.map((r) => [r.owner, r.title, r.count])).toEqual([
      ['Redaktionen', 'Gennemgang: 2 poster for Redaktionen', 2],
      ['Team Sundhedsråd', 'Gennemgang: 1 post for Team Sundhedsråd', 1],
    ]);
    const body = reminders[0]!.body;
    expect(body.startsWith(reminderMarker('Redaktionen'))).toBe(true);
    expect(body).toContain('### Datoen er passeret (1)\n\n- [ ] **Tilskud** – skulle være gennemgået senest 10. januar 2027. Side: https://vidensbasen.dk/rammer/tilskud/ · Fil: `content/rammer/tilskud.mdx`');
    expect(body).toContain('### Inden for 30 dage (1)\n\n- [ ] **Frivillige** – skal gennemgås senest 20. februar 2027. Side: https://vidensbasen.dk/vejledninger/frivillige/ · Fil: `content/vejledninger/frivillige.mdx`');
    expect(body).not.toContain('Langt ude');
    expect(body).not.toContain('Udkast');
    expect(ownerOfBody(reminders[1]!.body)).toBe('Team Sundhedsråd');
  });

  it('uses the same selection as the overdue list on /redaktion/, and is empty before anything is due', () => {
    const overdue = editorialReport(ENTRIES, TODAY).overdue.map((e) => e.id);
    expect(overdue).toEqual(['tilskud']);
    const listed = reviewReminders(ENTRIES, TODAY, 'https://x.dk').flatMap((r) => r.body.match(/\/(?:rammer|vejledninger|organisationer|eksempler)\/[\w-]+\//g) ?? []);
    expect(listed).toEqual(expect.arrayContaining(overdue.map((id) => `/rammer/${id}/`)));
    expect(reviewReminders(ENTRIES, day('2026-12-01'), 'https://x.dk')).toEqual([]);
  });
});

/** A fake of GitHub's issues API on the loopback interface: list, create, update. */
interface FakeIssue { number: number; title: string; body: string; state: string; labels: { name: string }[]; pull_request?: object }
const issues: FakeIssue[] = [];
const requests: string[] = [];
const server = createServer(async (req: IncomingMessage, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : undefined;
  const url = new URL(req.url ?? '/', 'http://fake');
  requests.push(`${req.method} ${url.pathname}`);
  const send = (status: number, body: unknown) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
  if (req.headers.authorization !== 'Bearer test-token') return send(401, { message: 'Bad credentials' });
  if (req.method === 'GET' && url.pathname === '/repos/o/r/issues') {
    const label = url.searchParams.get('labels');
    const page = Number(url.searchParams.get('page') ?? 1);
    const per = Number(url.searchParams.get('per_page') ?? 30);
    const open = issues.filter((i) => i.state === 'open' && (!label || i.labels.some((l) => l.name === label)));
    return send(200, open.slice((page - 1) * per, page * per));
  }
  if (req.method === 'POST' && url.pathname === '/repos/o/r/issues') {
    const made = { number: issues.length + 1, title: input.title, body: input.body, state: 'open', labels: (input.labels ?? []).map((name: string) => ({ name })) };
    issues.push(made);
    return send(201, made);
  }
  const m = /^\/repos\/o\/r\/issues\/(\d+)$/.exec(url.pathname);
  const found = m && issues.find((i) => i.number === Number(m[1]));
  if (req.method === 'PATCH' && found) { Object.assign(found, input); return send(200, found); }
  send(404, { message: 'Not Found' });
});
let client: IssueClient;
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  client = { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, repo: 'o/r', token: 'test-token' };
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const sync = (today: Date) => syncIssues(client, REMINDER_LABEL, reviewReminders(ENTRIES, today, 'https://x.dk').map((r) => ({ key: r.owner, title: r.title, body: r.body })), ownerOfBody);
const open = () => issues.filter((i) => i.state === 'open');

describe('syncIssues against a local fake of the issues API', () => {
  it('opens one issue per role, updates it later without duplicates, and closes it when nothing is due', async () => {
    // An unrelated issue with the same label and a pull request are never touched.
    issues.push({ number: 1, title: 'Anden sag', body: 'Ingen markør', state: 'open', labels: [{ name: REMINDER_LABEL }] });
    issues.push({ number: 2, title: 'PR', body: reminderMarker('Redaktionen'), state: 'open', labels: [{ name: REMINDER_LABEL }], pull_request: {} });

    expect(await sync(TODAY)).toEqual({ opened: [3, 4], updated: [], closed: [] });
    expect(open().filter((i) => ownerOfBody(i.body) && !i.pull_request).map((i) => [i.number, i.title, i.labels.map((l) => l.name)])).toEqual([
      [3, 'Gennemgang: 2 poster for Redaktionen', [REMINDER_LABEL]],
      [4, 'Gennemgang: 1 post for Team Sundhedsråd', [REMINDER_LABEL]],
    ]);

    // The same day again: nothing changes, nothing is opened.
    expect(await sync(TODAY)).toEqual({ opened: [], updated: [], closed: [] });

    // Later: Team Sundhedsråd's entry is still overdue (text changes), Redaktionen has three.
    expect(await sync(day('2027-02-05'))).toEqual({ opened: [], updated: [3, 4], closed: [] });
    expect(issues.find((i) => i.number === 3)!.title).toBe('Gennemgang: 3 poster for Redaktionen');

    // A duplicate made by hand is closed, the oldest kept.
    issues.push({ number: 5, title: 'kopi', body: reminderMarker('Redaktionen'), state: 'open', labels: [{ name: REMINDER_LABEL }] });
    expect((await sync(day('2027-02-05'))).closed).toEqual([5]);

    // Before anything is due: both reminders are closed, the unrelated issue stays open.
    expect(await sync(day('2026-12-01'))).toEqual({ opened: [], updated: [], closed: [3, 4] });
    expect(open().map((i) => i.number)).toEqual([1, 2]);
    expect(requests.every((r) => r.startsWith('GET /repos/o/r/issues') || r.startsWith('POST /repos/o/r/issues') || r.startsWith('PATCH /repos/o/r/issues/'))).toBe(true);
  });

  it('fails with the status and the request when GitHub refuses', async () => {
    await expect(syncIssues({ ...client, token: 'forkert' }, REMINDER_LABEL, [], ownerOfBody)).rejects.toThrow('GitHub svarede 401 på GET /repos/o/r/issues');
  });
});
