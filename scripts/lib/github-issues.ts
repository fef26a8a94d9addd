/**
 * The one piece that talks to GitHub for the scheduled jobs (link check, review reminders): keep
 * one open issue per hidden marker up to date. Thin on purpose – what the issue says is a pure
 * function elsewhere – and tested against a local fake of the issues API
 * (tests/unit/scripts/github-issues.test.ts). Uses the workflow's own GITHUB_TOKEN; nothing else.
 */

export interface GitHubTarget {
  /** https://api.github.com, or GITHUB_API_URL on GitHub Enterprise and in tests. */
  api: string;
  /** owner/name */
  repository: string;
  token: string;
}

/** The target from the variables GitHub Actions sets; a Danish error names what is missing. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): GitHubTarget {
  const repository = env['GITHUB_REPOSITORY'];
  const token = env['GITHUB_TOKEN'];
  if (!repository || !token) {
    throw new Error('GITHUB_REPOSITORY og GITHUB_TOKEN skal være sat (det gør GitHub Actions). Kør uden --issue for kun at se teksten.');
  }
  return { api: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/$/, ''), repository, token };
}

interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: string;
  pull_request?: unknown;
}

async function call<T>(target: GitHubTarget, method: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${target.api}/repos/${target.repository}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${target.token}`,
      'x-github-api-version': '2022-11-28',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`GitHub svarede ${response.status} på ${method} ${path}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

/** The open issues with this label whose body carries the marker (pull requests left out), oldest first. */
export async function findIssues(target: GitHubTarget, label: string, marker: string): Promise<Issue[]> {
  const found: Issue[] = [];
  for (let page = 1; page <= 10; page += 1) {
    const list = await call<Issue[]>(target, 'GET', `/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100&page=${page}&sort=created&direction=asc`);
    found.push(...list.filter((issue) => !issue.pull_request && (issue.body ?? '').includes(marker)));
    if (list.length < 100) break;
  }
  return found;
}

export type IssueAction = { action: 'opened' | 'updated' | 'closed' | 'unchanged' | 'none'; number?: number };

/**
 * Keeps one open issue for `marker`: opens it when there is something to say and none is open,
 * updates it when its text changed, closes it (and any duplicate) when there is nothing to say.
 * `body` must contain `marker`; undefined `body` means nothing is due.
 */
export async function upsertIssue(target: GitHubTarget, issue: { marker: string; label: string; title: string; body: string | undefined }): Promise<IssueAction> {
  if (issue.body !== undefined && !issue.body.includes(issue.marker)) throw new Error('Teksten mangler markøren, så næste kørsel ville ikke finde issuet igen.');
  const [current, ...duplicates] = await findIssues(target, issue.label, issue.marker);
  for (const duplicate of duplicates) await call(target, 'PATCH', `/issues/${duplicate.number}`, { state: 'closed', state_reason: 'not_planned' });
  if (issue.body === undefined) {
    if (!current) return { action: 'none' };
    await call(target, 'PATCH', `/issues/${current.number}`, { state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: current.number };
  }
  if (!current) {
    const created = await call<Issue>(target, 'POST', '/issues', { title: issue.title, body: issue.body, labels: [issue.label] });
    return { action: 'opened', number: created.number };
  }
  if (current.body === issue.body && current.title === issue.title) return { action: 'unchanged', number: current.number };
  await call(target, 'PATCH', `/issues/${current.number}`, { title: issue.title, body: issue.body });
  return { action: 'updated', number: current.number };
}
