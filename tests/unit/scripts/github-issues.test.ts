import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientFromEnv, syncIssues, type IssueClient } from '../../../scripts/lib/github-issues.ts';

/** A fake of GitHub's issues API on loopback: list (by state and label), create, update. */
interface FakeIssue { number: number; title: string; body: string; state: string; labels: { name: string }[]; pull_request?: object }
let issues: FakeIssue[] = [];
const calls: string[] = [];
let server: Server;
let target: IssueClient;

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
  target = { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, repo: 'region/vidensbasen', token: 'hemmeligt' };
});
afterAll(() => server.close());
beforeEach(() => {
  issues = [];
  calls.length = 0;
});

const MARKER = '<!-- vidensbasen:test -->';
const keyOf = (body: string | null) => (body?.includes(MARKER) ? 'linktjek' : undefined);
/** The link check's use: one issue under one key, or none when nothing is wrong. */
const sync = (body: string | undefined) => syncIssues(target, 'linktjek', body === undefined ? [] : [{ key: 'linktjek', title: 'Linktjek', body }], keyOf);

describe('one issue per key (the link check)', () => {
  it('opens an issue the first time, updates it the next time, never a duplicate', async () => {
    expect(await sync(`${MARKER}\n1 dødt link`)).toEqual({ opened: [1], updated: [], closed: [] });
    expect(await sync(`${MARKER}\n2 døde links`)).toEqual({ opened: [], updated: [1], closed: [] });
    expect(await sync(`${MARKER}\n2 døde links`)).toEqual({ opened: [], updated: [], closed: [] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', body: `${MARKER}\n2 døde links`, labels: [{ name: 'linktjek' }] });
  });

  it('closes the issue when nothing is wrong, and does nothing when none is open', async () => {
    await sync(`${MARKER}\nnoget`);
    expect(await sync(undefined)).toEqual({ opened: [], updated: [], closed: [1] });
    expect(issues[0]?.state).toBe('closed');
    expect(await sync(undefined)).toEqual({ opened: [], updated: [], closed: [] });
    expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
  });

  it('leaves other issues with the label alone, ignores pull requests, and closes a duplicate left by hand', async () => {
    issues.push({ number: 1, title: 'Andet', body: 'uden markør', state: 'open', labels: [{ name: 'linktjek' }] });
    issues.push({ number: 2, title: 'PR', body: MARKER, state: 'open', labels: [{ name: 'linktjek' }], pull_request: {} });
    issues.push({ number: 3, title: 'Linktjek', body: `${MARKER}\ngammel`, state: 'open', labels: [{ name: 'linktjek' }] });
    issues.push({ number: 4, title: 'Linktjek', body: `${MARKER}\ndublet`, state: 'open', labels: [{ name: 'linktjek' }] });
    expect(await sync(`${MARKER}\nny`)).toEqual({ opened: [], updated: [3], closed: [4] });
    expect(issues.map((i) => i.state)).toEqual(['open', 'open', 'open', 'closed']);
  });

  it('says in Danish what is missing outside GitHub Actions', () => {
    expect(() => clientFromEnv({})).toThrow('GITHUB_TOKEN og GITHUB_REPOSITORY mangler');
    expect(clientFromEnv({ GITHUB_REPOSITORY: 'a/b', GITHUB_TOKEN: 't' })).toEqual({ api: 'https://api.github.com', repo: 'a/b', token: 't' });
  });
});
