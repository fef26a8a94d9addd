/**
 * Dead and moved links: every external address the site links to (from the content model, not
 * from scraped HTML), checked with Node's own fetch. Written here rather than with linkinator
 * (8.1.0): linkinator crawls HTML pages with one global connection limit and follows redirects
 * for us, while this job needs the first permanent redirect's new address, a limit per host (the
 * ~100 links go to a few public hosts, which must not be hammered) and the pages that use each
 * address, which only the content model knows.
 */
import type { ContentFile } from '../../src/lib/content-files.ts';
import { entryUrl, isPublished } from '../../src/lib/model.ts';
import { COLLECTION_DEFINITIONS } from '../../src/schemas/index.ts';

/** An external address and the site's pages that link to it. */
export interface ExternalLink {
  url: string;
  pages: string[];
}

export type LinkVerdict =
  | { kind: 'ok'; status: number }
  | { kind: 'moved'; status: number; location: string }
  | { kind: 'dead'; reason: string }
  | { kind: 'unreachable'; reason: string };

export interface CheckOptions {
  /** Milliseconds before one request is given up. */
  timeoutMs?: number;
  /** How many more times an address that could not be reached is tried. */
  retries?: number;
  /** Milliseconds before the first retry; doubled for each next one. */
  retryDelayMs?: number;
  /** Requests at the same time to one host. */
  perHost?: number;
  /** Requests at the same time in all. */
  concurrency?: number;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
}

const DEFAULTS: Required<CheckOptions> = { timeoutMs: 15_000, retries: 2, retryDelayMs: 2_000, perHost: 2, concurrency: 8, maxRedirects: 5 };
/** Some servers refuse HEAD or answer it wrongly; these answers are asked again with GET. */
const RETRY_WITH_GET = new Set([400, 403, 404, 405, 406, 429, 500, 501, 502, 503]);
const USER_AGENT = 'Vidensbasen-linktjek/1.0';

// Links in MDX bodies: inline links `[tekst](https://…)` and autolinks `<https://…>`; code is not prose.
const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;
const BODY_LINK = /\]\(\s*<?(https?:\/\/[^)\s>]+)|<(https?:\/\/[^>\s]+)>/g;

/** Every http(s) string in a value, however deep (frontmatter fields hold links at any depth). */
function* urlsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') {
    if (/^https?:\/\//i.test(value.trim())) yield value.trim();
  } else if (Array.isArray(value)) {
    for (const item of value) yield* urlsIn(item);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const item of Object.values(value)) yield* urlsIn(item);
  }
}

/**
 * The external addresses of the published entries, each with the pages that link to it, sorted by
 * address. Addresses on the site's own host are not external; `#fragment`s are dropped (the page is checked).
 */
export function externalLinks(files: readonly ContentFile[], siteUrl: string): ExternalLink[] {
  const ownHost = new URL(siteUrl).host;
  const pages = new Map<string, Set<string>>();
  for (const file of files) {
    const data = file.data as Record<string, unknown>;
    if (!isPublished({ data: { status: String(data['status'] ?? '') } })) continue;
    const page = entryUrl(file);
    const found = [...urlsIn(data)];
    if (COLLECTION_DEFINITIONS[file.collection].format === 'mdx') {
      const prose = file.body.replace(FENCED_CODE, '').replace(INLINE_CODE, '');
      for (const [, inline, auto] of prose.matchAll(BODY_LINK)) found.push((inline ?? auto)!);
    }
    for (const raw of found) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        continue; // KB008 reports an address that is not one
      }
      if (url.host === ownHost) continue;
      url.hash = '';
      const key = url.href;
      pages.set(key, (pages.get(key) ?? new Set()).add(page));
    }
  }
  return [...pages].map(([url, used]) => ({ url, pages: [...used].sort() })).sort((a, b) => a.url.localeCompare(b.url));
}

const TIMED_OUT = 'svarede ikke i tide';

/** Why a request failed, in Danish, and whether the address is dead (DNS, TLS) or only unreachable now. */
export function failure(error: unknown): LinkVerdict {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code ?? '';
  const name = (error as { name?: string }).name ?? '';
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'unreachable', reason: TIMED_OUT };
  if (code === 'ENOTFOUND' || code === 'EAI_NONAME') return { kind: 'dead', reason: 'domænet findes ikke (DNS)' };
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return { kind: 'dead', reason: `certifikatet kan ikke godkendes (${code})` };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { kind: 'unreachable', reason: 'forbindelsen blev afbrudt' };
  if (code === 'ECONNREFUSED') return { kind: 'unreachable', reason: 'serveren afviste forbindelsen' };
  return { kind: 'unreachable', reason: code || cause?.message || String(error) };
}

/** One request, without following redirects. */
async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<Response> {
  const response = await fetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*' } });
  // The body is never read: cancel it so the connection is freed.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** HEAD, and GET when the server refuses or fumbles HEAD. */
async function ask(url: string, timeoutMs: number): Promise<Response> {
  try {
    const head = await request(url, 'HEAD', timeoutMs);
    if (!RETRY_WITH_GET.has(head.status)) return head;
  } catch (error) {
    // A dead address or a server that did not answer in time will not do better with GET.
    const verdict = failure(error);
    if (verdict.kind === 'dead' || (verdict.kind === 'unreachable' && verdict.reason === TIMED_OUT)) throw error;
  }
  return request(url, 'GET', timeoutMs);
}

/** The verdict on one address: follows redirects, and reports the first permanent one's new address. */
export async function checkUrl(url: string, options: CheckOptions = {}): Promise<LinkVerdict> {
  const o = { ...DEFAULTS, ...options };
  let verdict: LinkVerdict = { kind: 'unreachable', reason: 'ikke prøvet' };
  for (let attempt = 0; attempt <= o.retries; attempt += 1) {
    if (attempt > 0) await new Promise((done) => setTimeout(done, o.retryDelayMs * 2 ** (attempt - 1)));
    verdict = await follow(url, o);
    if (verdict.kind !== 'unreachable') return verdict;
  }
  return verdict;
}

async function follow(start: string, o: Required<CheckOptions>): Promise<LinkVerdict> {
  let current = start;
  let moved: { status: number; location: string } | undefined;
  for (let hop = 0; hop <= o.maxRedirects; hop += 1) {
    let response: Response;
    try {
      response = await ask(current, o.timeoutMs);
    } catch (error) {
      return failure(error);
    }
    const { status } = response;
    const location = response.headers.get('location');
    if (status >= 300 && status < 400 && location) {
      const next = new URL(location, current).href;
      // Only a permanent redirect from the address we link to means "write the new one instead".
      if ((status === 301 || status === 308) && !moved && hop === 0) moved = { status, location: next };
      current = next;
      continue;
    }
    if (status === 404 || status === 410) return { kind: 'dead', reason: `${status} ${status === 404 ? 'siden findes ikke' : 'siden er fjernet'}${current !== start ? ` (efter omdirigering til ${current})` : ''}` };
    if (status >= 200 && status < 300) return moved ? { kind: 'moved', ...moved } : { kind: 'ok', status };
    if (status === 401 || status === 403) return { kind: 'unreachable', reason: `svarede ${status} (adgang nægtet – åbn den i en browser)` };
    return { kind: 'unreachable', reason: `svarede ${status}` };
  }
  return { kind: 'unreachable', reason: `mere end ${o.maxRedirects} omdirigeringer` };
}

/** Checks every link, at most `concurrency` at a time and at most `perHost` at a time per host; results in the links' order. */
export async function checkAll(links: readonly ExternalLink[], options: CheckOptions = {}): Promise<{ link: ExternalLink; verdict: LinkVerdict }[]> {
  const o = { ...DEFAULTS, ...options };
  const results: { link: ExternalLink; verdict: LinkVerdict }[] = new Array(links.length);
  const busy = new Map<string, number>();
  const waiting = links.map((link, index) => ({ link, index, host: new URL(link.url).host }));
  let running = 0;
  await new Promise<void>((done) => {
    const next = () => {
      if (waiting.length === 0 && running === 0) return done();
      while (running < o.concurrency) {
        const i = waiting.findIndex((w) => (busy.get(w.host) ?? 0) < o.perHost);
        if (i < 0) return;
        const [item] = waiting.splice(i, 1);
        const { link, index, host } = item!;
        running += 1;
        busy.set(host, (busy.get(host) ?? 0) + 1);
        void checkUrl(link.url, o).then((verdict) => {
          results[index] = { link, verdict };
          running -= 1;
          busy.set(host, (busy.get(host) ?? 1) - 1);
          next();
        });
      }
    };
    next();
  });
  return results;
}

/** The hidden mark that identifies the one issue the link check keeps up to date. */
export const LINK_ISSUE_MARKER = '<!-- vidensbasen:linktjek -->';
export const LINK_ISSUE_TITLE = 'Linktjek: døde og flyttede links';
/** The label of that issue (and its key for syncIssues). */
export const LINK_ISSUE_KEY = 'linktjek';

/** The issue's text: dead, moved and unreachable addresses, each with the pages that use it. */
export function linkReport(results: readonly { link: ExternalLink; verdict: LinkVerdict }[], checkedOn: string): { body: string; problems: number } {
  const of = (kind: LinkVerdict['kind']) => results.filter((r) => r.verdict.kind === kind);
  const dead = of('dead');
  const moved = of('moved');
  const unreachable = of('unreachable');
  const used = (link: ExternalLink) => link.pages.map((p) => `\`${p}\``).join(', ');
  const lines = [
    LINK_ISSUE_MARKER,
    `Linktjekket ${checkedOn} prøvede ${results.length} eksterne adresser, som stedet linker til: ${dead.length} ${dead.length === 1 ? 'død' : 'døde'}, ${moved.length} ${moved.length === 1 ? 'flyttet' : 'flyttede'} og ${unreachable.length}, der ikke kunne nås denne gang.`,
    '',
    `## Døde links (${dead.length})`,
    '',
    'Siden findes ikke mere, eller domænet eller certifikatet er væk. Find den nye adresse, eller fjern linket.',
    '',
    ...(dead.length ? dead.map(({ link, verdict }) => `- ${link.url} – ${verdict.kind === 'dead' ? verdict.reason : ''}. Bruges på ${used(link)}`) : ['Ingen.']),
    '',
    `## Flyttede links (${moved.length})`,
    '',
    'Adressen sender varigt videre til en ny. Skriv den nye adresse i posten.',
    '',
    ...(moved.length ? moved.map(({ link, verdict }) => `- ${link.url} → ${verdict.kind === 'moved' ? verdict.location : ''} (${verdict.kind === 'moved' ? verdict.status : ''}). Bruges på ${used(link)}`) : ['Ingen.']),
    '',
    `## Kunne ikke nås denne gang (${unreachable.length})`,
    '',
    'Det kan være forbigående; tjekket prøver igen næste gang. Står en adresse her flere uger i træk, så åbn den selv.',
    '',
    ...(unreachable.length ? unreachable.map(({ link, verdict }) => `- ${link.url} – ${verdict.kind === 'unreachable' ? verdict.reason : ''}. Bruges på ${used(link)}`) : ['Ingen.']),
    '',
  ];
  return { body: lines.join('\n'), problems: dead.length + moved.length + unreachable.length };
}
