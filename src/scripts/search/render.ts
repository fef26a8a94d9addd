/** DOM for search results, shared by the header search and the search page. */
import { withHighlight } from '../../lib/search/highlight-link';
import { AUDIENCES, SOEG, UI } from '../../lib/ui';
import type { SearchOutcome } from './engine';
import type { Hit } from './hits';

/** An element with a class and plain text (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * An excerpt from Pagefind. Pagefind escapes the page text and adds only `<mark>`, so its
 * excerpt is safe as HTML; it is still rebuilt from text and marks to keep any other tag out.
 */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'treff-uddrag');
  const parts = html.split(/<mark>|<\/mark>/);
  const decode = el('textarea');
  parts.forEach((part, i) => {
    decode.innerHTML = part;
    const text = decode.value;
    p.append(i % 2 === 1 ? el('mark', '', text) : document.createTextNode(text));
  });
  return p;
}

/**
 * One result: type, linked title, excerpt, and linked sections of the page that match. The links
 * carry the search words (`terms`), which the page highlights on arrival.
 */
export function hitItem(hit: Hit, headingTag: 'h2' | 'h3' | 'span' = 'span', terms: readonly string[] = []): HTMLLIElement {
  const li = el('li', 'treff');
  if (hit.type) li.append(el('p', 'type', hit.type));
  const heading = el(headingTag, 'treff-titel');
  const link = el('a', '', hit.title);
  link.href = withHighlight(hit.url, terms);
  heading.append(link);
  li.append(heading, excerpt(hit.excerpt));
  if (hit.sections.length > 0) {
    const list = el('ul', 'afsnit');
    list.setAttribute('aria-label', `${SOEG.sections}: ${hit.title}`);
    for (const section of hit.sections) {
      const item = el('li');
      const a = el('a', '', section.title);
      a.href = withHighlight(section.url, terms);
      item.append(a, excerpt(section.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** The search page's address for a query. */
export const searchUrl = (query: string) => `/soeg/?${new URLSearchParams({ q: query })}`;

/** "Mente du a, b eller c?": each suggestion a link that runs that search. */
export function didYouMean(suggestions: readonly string[]): HTMLSpanElement {
  const line = el('span', 'mente-du', `${SOEG.didYouMean} `);
  suggestions.forEach((s, i) => {
    if (i > 0) line.append(i === suggestions.length - 1 ? ` ${SOEG.or} ` : ', ');
    const link = el('a', '', s);
    link.href = searchUrl(s);
    link.dataset['forslag'] = s;
    line.append(link);
  });
  line.append('?');
  return line;
}

/**
 * What a question was searched as ("Søgte efter: frivillig skade betaler") and a link that searches
 * the whole sentence as typed; null when the query was searched as typed.
 */
export function searchedFor(outcome: SearchOutcome): HTMLSpanElement | null {
  if (!outcome.question) return null;
  const line = el('span', 'soegte-efter', `${SOEG.searchedFor(outcome.question.kept)}. `);
  const link = el('a', '', SOEG.wholeSentence);
  link.href = searchUrl(outcome.question.whole);
  link.dataset['saetning'] = outcome.question.whole;
  line.append(link, '.');
  return line;
}

/** The status line's extras after the count: what was searched, words the site lacks, "Mente du …?". */
export function statusExtras(outcome: SearchOutcome): (HTMLElement | string)[] {
  const parts: (HTMLElement | string)[] = [];
  const asked = searchedFor(outcome);
  if (asked) parts.push(' ', asked);
  if (outcome.unknown.length > 0) parts.push(' ', SOEG.notOnSite(outcome.unknown));
  if (outcome.suggestions.length > 0) parts.push(' ', didYouMean(outcome.suggestions));
  return parts;
}

/** When a search finds nothing: the audience doors and the decision aid, as links. */
export function nextSteps(): HTMLDivElement {
  const box = el('div', 'naeste-skridt');
  box.append(el('p', '', SOEG.nextSteps));
  const list = el('ul');
  for (const door of [...AUDIENCES, { title: UI.beslutning.title, href: UI.beslutning.href }]) {
    const item = el('li');
    const link = el('a', '', door.title);
    link.href = door.href;
    item.append(link);
    list.append(item);
  }
  box.append(list);
  return box;
}

/** The query a clicked "Mente du …?" or "Søg efter hele sætningen" link runs, or null for another click. */
export function queryOfLink(event: Event): string | null {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-forslag], a[data-saetning]');
  if (!link) return null;
  event.preventDefault();
  return link.dataset['forslag'] ?? link.dataset['saetning'] ?? '';
}
