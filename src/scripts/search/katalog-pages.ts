/**
 * A catalogue split over pages (/tilbud/, /tilbud/side/2/ …, so a large collection's list stays small)
 * is filtered as a whole: when the reader first filters, the other pages are fetched and their
 * cards merged into this page's groups, in page order. Nothing is fetched before that.
 */

/** Fetches the list's other pages (data-katalog-sider) and merges their groups into this page. */
export async function loadAllPages(main: ParentNode): Promise<void> {
  const list = main.querySelector<HTMLElement>('[data-katalog-sider]');
  const urls = list?.dataset['katalogSider']?.split(' ').filter(Boolean) ?? [];
  if (!list || urls.length === 0 || list.dataset['alleSider']) return;
  list.dataset['alleSider'] = 'ja';
  const parser = new DOMParser();
  const fetched = await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      const doc = parser.parseFromString(response.ok ? await response.text() : '', 'text/html');
      return [...doc.querySelectorAll<HTMLElement>('[data-katalog-sider] > section')];
    }),
  );
  // This page's own sections go back in at its place among the others.
  const here = Number(list.dataset['katalogSide'] ?? 1) - 1;
  fetched.splice(here, 0, [...list.querySelectorAll<HTMLElement>(':scope > section')]);
  const lists = new Map<string, HTMLElement>();
  for (const section of fetched.flat()) {
    const key = section.getAttribute('aria-labelledby') ?? '';
    const into = lists.get(key);
    if (into) {
      into.append(...section.querySelectorAll('li.card'));
      continue;
    }
    section.querySelector('small')?.remove(); // "(fortsat)" no longer applies
    list.append(document.adoptNode(section));
    const cards = section.querySelector<HTMLElement>('ul');
    if (cards) lists.set(key, cards);
  }
  // The contents now point into this page, and the page links no longer apply.
  for (const link of list.querySelectorAll<HTMLAnchorElement>('nav a[href*="#"]')) {
    link.setAttribute('href', `#${link.hash.slice(1)}`);
    link.parentElement?.removeAttribute('id');
  }
  for (const nav of document.querySelectorAll<HTMLElement>('nav.pagination')) nav.hidden = true;
}
