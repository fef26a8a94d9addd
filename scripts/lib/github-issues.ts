/**
 * The thin part that talks to GitHub's issues API (REST, with the workflow's own GITHUB_TOKEN):
 * keeps one open issue per key (an owner role, or the link report), found again by a label and a
 * hidden marker in the body. It opens a missing issue, updates one that exists, closes those whose
 * key has nothing to report, and closes any duplicates it finds. Tested against a local fake of the API.
 */

export interface IssueText { key: string; title: string; body: string }

export interface IssueClient {
  /** e.g. https://api.github.com (GITHUB_API_URL in a workflow). */
  api: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repo: string;
  token: string;
  fetch?: typeof fetch;
}

interface Issue { number: number; title: string; body: string | null; state: string; pull_request?: unknown }

export interface SyncResult { opened: number[]; updated: number[]; closed: number[] }

async function call<T>(client: IssueClient, method: string, path: string, body?: unknown): Promise<T> {
  const response = await (client.fetch ?? fetch)(`${client.api.replace(/\/+$/, '')}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${client.token}`,
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`GitHub svarede ${response.status} på ${method} ${path}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

/** Every open issue (not pull request) with the label, all pages. */
async function openIssues(client: IssueClient, label: string): Promise<Issue[]> {
  const all: Issue[] = [];
  for (let page = 1; ; page++) {
    const batch = await call<Issue[]>(client, 'GET', `/repos/${client.repo}/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100&page=${page}`);
    all.push(...batch.filter((i) => !i.pull_request));
    if (batch.length < 100) return all;
  }
}

/**
 * Makes the open issues with `label` match `wanted`: one per key, read back from each body by `keyOf`.
 * Issues with the label but no key of ours are left alone.
 */
export async function syncIssues(client: IssueClient, label: string, wanted: readonly IssueText[], keyOf: (body: string | null) => string | undefined): Promise<SyncResult> {
  const result: SyncResult = { opened: [], updated: [], closed: [] };
  const existing = new Map<string, Issue[]>();
  for (const issue of await openIssues(client, label)) {
    const key = keyOf(issue.body);
    if (key !== undefined) existing.set(key, [...(existing.get(key) ?? []), issue].sort((a, b) => a.number - b.number));
  }
  const close = async (issue: Issue) => {
    await call(client, 'PATCH', `/repos/${client.repo}/issues/${issue.number}`, { state: 'closed', state_reason: 'completed' });
    result.closed.push(issue.number);
  };
  for (const text of wanted) {
    const [first, ...duplicates] = existing.get(text.key) ?? [];
    if (first) {
      if (first.title !== text.title || first.body !== text.body) {
        await call(client, 'PATCH', `/repos/${client.repo}/issues/${first.number}`, { title: text.title, body: text.body });
        result.updated.push(first.number);
      }
      for (const extra of duplicates) await close(extra);
    } else {
      const made = await call<Issue>(client, 'POST', `/repos/${client.repo}/issues`, { title: text.title, body: text.body, labels: [label] });
      result.opened.push(made.number);
    }
  }
  const keys = new Set(wanted.map((t) => t.key));
  for (const [key, issues] of existing) if (!keys.has(key)) for (const issue of issues) await close(issue);
  return result;
}

/** The client from a workflow's environment, or a Danish error naming what is missing. */
export function clientFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): IssueClient {
  const missing = ['GITHUB_TOKEN', 'GITHUB_REPOSITORY'].filter((name) => !env[name]);
  if (missing.length) throw new Error(`${missing.join(' og ')} mangler. Workflowet sætter dem; kør scriptet med --vis for kun at se teksterne uden at kontakte GitHub.`);
  return { api: env['GITHUB_API_URL'] || 'https://api.github.com', repo: env['GITHUB_REPOSITORY']!, token: env['GITHUB_TOKEN']! };
}
