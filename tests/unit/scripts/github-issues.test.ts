import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { targetFromEnv, upsertIssue, type GitHubTarget } from '../../../scripts/lib/github-issues.ts';

/** A fake of GitHub's issues API on loopback: list (by state and label), create, update. */
interface FakeIssue { number: number; title: string; body: string; state: string; labels: { name: string }[]; pull_request?: object }
let issues: FakeIssue[] = [];
const calls: string[] = [];
let server: Server;
let target: GitHubTarget;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    calls.push(`${req.method} ${url.pathname}`);
    if (req.headers.authorization !== 'Bearer hemmeligt') return void res.writeHead(401).end('{}');
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const json = (status: number, value: unknown): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      const body = raw ? JSON.parse(raw) : {};
      if (req.method === 'GET' && url.pathname === '/repos/region/vidensbasen/issues') {
        const label = url.searchParams.get('labels');
        return json(200, issues.filter((i) => i.state === url.searchParams.get('state') && i.labels.some((l) => l.name === label)));
      }
      if (req.method === 'POST' && url.pathname === '/repos/region/vidensbasen/issues') {
        const issue = { number: issues.length + 1, title: body.title, body: body.body, state: 'open', labels: body.labels.map((name: string) => ({ name })) };
        issues.push(issue);
        return json(201, issue);
      }
      const match = /^\/repos\/region\/vidensbasen\/issues\/(\d+)$/.exec(url.pathname);
      const issue = match && issues.find((i) => i.number === Number(match[1]));
      if (req.method === 'PATCH' && issue) {
        Object.assign(issue, body.title ? { title: body.title } : {}, body.body ? { body: body.body } : {}, body.state ? { state: body.state } : {});
        return json(200, issue);
      }
      return json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  target = { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, repository: 'region/vidensbasen', token: 'hemmeligt' };
});
afterAll(() => server.close());
beforeEach(() => {
  issues = [];
  calls.length = 0;
});

const MARKER = '<!-- vidensbasen:test -->';
const spec = (body: string | undefined) => ({ marker: MARKER, label: 'linktjek', title: 'Linktjek', body });

describe('one issue per marker', () => {
  it('opens an issue the first time, updates it the next time, never a duplicate', async () => {
    expect(await upsertIssue(target, spec(`${MARKER}\n1 dødt link`))).toEqual({ action: 'opened', number: 1 });
    expect(await upsertIssue(target, spec(`${MARKER}\n2 døde links`))).toEqual({ action: 'updated', number: 1 });
    expect(await upsertIssue(target, spec(`${MARKER}\n2 døde links`))).toEqual({ action: 'unchanged', number: 1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', body: `${MARKER}\n2 døde links`, labels: [{ name: 'linktjek' }] });
  });

  it('closes the issue when nothing is due, and does nothing when none is open', async () => {
    await upsertIssue(target, spec(`${MARKER}\nnoget`));
    expect(await upsertIssue(target, spec(undefined))).toEqual({ action: 'closed', number: 1 });
    expect(issues[0]?.state).toBe('closed');
    expect(await upsertIssue(target, spec(undefined))).toEqual({ action: 'none' });
    expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
  });

  it('leaves other issues with the label alone, ignores pull requests, and closes a duplicate left by hand', async () => {
    issues.push({ number: 1, title: 'Andet', body: 'uden markør', state: 'open', labels: [{ name: 'linktjek' }] });
    issues.push({ number: 2, title: 'PR', body: MARKER, state: 'open', labels: [{ name: 'linktjek' }], pull_request: {} });
    issues.push({ number: 3, title: 'Linktjek', body: `${MARKER}\ngammel`, state: 'open', labels: [{ name: 'linktjek' }] });
    issues.push({ number: 4, title: 'Linktjek', body: `${MARKER}\ndublet`, state: 'open', labels: [{ name: 'linktjek' }] });
    expect(await upsertIssue(target, spec(`${MARKER}\nny`))).toEqual({ action: 'updated', number: 3 });
    expect(issues.map((i) => i.state)).toEqual(['open', 'open', 'open', 'closed']);
  });

  it('refuses a text without the marker, which the next run could not find', async () => {
    await expect(upsertIssue(target, spec('ingen markør'))).rejects.toThrow('mangler markøren');
    expect(calls).toEqual([]);
  });

  it('says in Danish what is missing outside GitHub Actions', () => {
    expect(() => targetFromEnv({})).toThrow('GITHUB_REPOSITORY og GITHUB_TOKEN skal være sat');
    expect(targetFromEnv({ GITHUB_REPOSITORY: 'a/b', GITHUB_TOKEN: 't' })).toEqual({ api: 'https://api.github.com', repository: 'a/b', token: 't' });
  });
});
