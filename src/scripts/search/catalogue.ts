/**
 * Faceted browsing of a catalogue (examples, organisations, offers). The page lists every entry (the
 * no-JavaScript fallback; a catalogue split over pages first fetches the others), each card with its facet values, so filtering hides the cards
 * that do not match: no index to download, exact counts, instant results. OR within a facet, AND across facets; the state lives
 * in the URL (`?tema=a&tema=b&region=c`), so it survives a reload, a shared link and Back.
 */
import { SOEG, UI } from '../../lib/ui';
import { facetCounts, fromTokens, isEmpty, matches, selectionFromParams, selectionToParams, type FacetValues, type Selection } from '../../lib/search/selection';
import { loadAllPages } from './catalogue-pages';
import { facetNames, readSelection, writeCounts, writeSelection, writeUrl } from './facet-panel';

/** Wires the filter panel of a catalogue page. */
export async function startCatalogue(panel: HTMLDetailsElement): Promise<void> {
  const formEl = panel.querySelector<HTMLFormElement>('form[data-katalog-form]');
  const status = document.querySelector<HTMLElement>('[data-katalog-status]');
  if (!formEl || panel.dataset['started']) return;
  const form = formEl;
  panel.dataset['started'] = 'ja';

  const facets = facetNames(form);
  const main = panel.closest('main') ?? document;
  // A catalogue split over pages is filtered as a whole (catalogue-pages.ts).
  await loadAllPages(main);
  const hrefOf = (card: HTMLElement) => card.querySelector('a')?.getAttribute('href') ?? '';
  // Each card carries its entry's facet values; an entry listed in two groups counts once.
  const cards = [...main.querySelectorAll<HTMLLIElement>('li.card[data-facetter]')];
  const data: Record<string, FacetValues> = {};
  for (const card of cards) data[hrefOf(card)] ??= fromTokens(card.dataset['facetter'] ?? '');
  const total = Object.keys(data).length;

  function apply(selection: Selection) {
    writeSelection(form, selection);
    writeCounts(form, facetCounts(Object.values(data), selection, facets));
    const visible = new Set<string>();
    for (const card of cards) {
      const href = hrefOf(card);
      const show = matches(data[href] ?? {}, selection);
      card.hidden = !show;
      if (show) visible.add(href);
    }
    // Groups (A–Z letters, types, regions) with nothing left disappear, with their contents link.
    for (const section of main.querySelectorAll<HTMLElement>('section')) {
      const list = section.querySelectorAll('li.card');
      if (list.length === 0) continue;
      const left = [...list].filter((c) => !(c as HTMLElement).hidden).length;
      section.hidden = left === 0;
      const tocLink = section.id || section.getAttribute('aria-labelledby');
      const link = tocLink ? main.querySelector<HTMLAnchorElement>(`nav a[href="#${CSS.escape(tocLink)}"]`) : null;
      if (link) {
        link.textContent = (link.textContent ?? '').replace(/\s\(\d+\)$/, ` (${left})`);
        (link.parentElement as HTMLElement).hidden = left === 0;
      }
    }
    if (status) status.textContent = isEmpty(selection) ? UI.list.count(total) : SOEG.shown(visible.size, total);
  }

  const fromUrl = () => apply(selectionFromParams(new URLSearchParams(location.search), facets));

  form.addEventListener('change', () => {
    const selection = readSelection(form);
    writeUrl(selectionToParams(selection, facets), 'push');
    apply(selection);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Without a reload, the reader is taken to the count, which says what the filters left.
    status?.setAttribute('tabindex', '-1');
    status?.focus();
  });
  form.querySelector('[data-ryd]')?.addEventListener('click', () => {
    writeUrl(new URLSearchParams(), 'push');
    apply({});
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
