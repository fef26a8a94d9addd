/** DOM for search results, shared by the header search and the search page. */
import { SOEG } from '../../lib/ui';
import type { Hit } from './engine';

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

/** One result: type, linked title, excerpt, and linked sections of the page that match. */
export function hitItem(hit: Hit, headingTag: 'h2' | 'h3' | 'span' = 'span'): HTMLLIElement {
  const li = el('li', 'treff');
  if (hit.type) li.append(el('p', 'type', hit.type));
  const heading = el(headingTag, 'treff-titel');
  const link = el('a', '', hit.title);
  link.href = hit.url;
  heading.append(link);
  li.append(heading, excerpt(hit.excerpt));
  if (hit.sections.length > 0) {
    const list = el('ul', 'afsnit');
    list.setAttribute('aria-label', `${SOEG.sections}: ${hit.title}`);
    for (const section of hit.sections) {
      const item = el('li');
      const a = el('a', '', section.title);
      a.href = section.url;
      item.append(a, excerpt(section.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}
