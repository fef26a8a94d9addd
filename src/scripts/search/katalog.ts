/**
 * Faceted browsing of a catalogue (examples, organisations, offers). The page lists every entry (the
 * no-JavaScript fallback; a catalogue split over pages first fetches the others), each card with its facet values, so filtering hides the cards
 * that do not match: no index to download, exact counts, instant results. OR within a facet, AND across facets; the state lives
 * in the URL (`?tema=a&tema=b&region=c`), so it survives a reload, a shared link and Back.
 */
import { SOEG, UI } from '../../lib/ui';
import { facetCounts, fromTokens, isEmpty, matches, selectionFromParams, selectionToParams, type FacetValues, type Selection } from '../../lib/search/selection';
import { loadAllPages } from './katalog-pages';
import { search, type SearchOutcome } from './engine';
import { facetNames, readSelection, writeCounts, writeSelection, writeUrl } from './facet-panel';
import { queryOfLink, statusExtras } from './render';

/** Results beyond this many are not looked up (each is a small fetch); the best come first. */
const MAX_MATCHES = 300;
const DEBOUNCE_MS = 250;

/** The pages of a catalogue that match a text, with the search's suggestions. */
async function textMatches(query: string, collection: string): Promise<{ urls: Set<string>; outcome: SearchOutcome }> {
  const outcome = await search(query, { samling: [collection] });
  const data = await Promise.all(outcome.results.slice(0, MAX_MATCHES).map((r) => r.data()));
  return { urls: new Set(data.map((d) => new URL(d.url, location.href).pathname)), outcome };
}

/** Wires the filter panel of a catalogue page. */
export async function startKatalog(panel: HTMLDetailsElement): Promise<void> {
  const formEl = panel.querySelector<HTMLFormElement>('form[data-katalog-form]');
  const status = document.querySelector<HTMLElement>('[data-katalog-status]');
  if (!formEl || panel.dataset['started']) return;
  const form = formEl;
  panel.dataset['started'] = 'ja';

  const facets = facetNames(form);
  const main = panel.closest('main') ?? document;
  // A catalogue split over pages is filtered as a whole (katalog-pages.ts).
  await loadAllPages(main);
  const hrefOf = (card: HTMLElement) => card.querySelector('a')?.getAttribute('href') ?? '';
  // Each card carries its entry's facet values; an entry listed in two groups counts once.
  const cards = [...main.querySelectorAll<HTMLLIElement>('li.card[data-facetter]')];
  const data: Record<string, FacetValues> = {};
  for (const card of cards) data[hrefOf(card)] ??= fromTokens(card.dataset['facetter'] ?? '');
  const total = Object.keys(data).length;
  const field = form.querySelector<HTMLInputElement>('input[name="q"]');
  const collection = panel.dataset['katalog'] ?? '';
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function apply(selection: Selection, query = field?.value.trim() ?? '') {
    const mine = ++seq;
    const text = query ? await textMatches(query, collection).catch(() => null) : null;
    if (mine !== seq) return;
    const inText = (href: string) => !text || text.urls.has(href);
    writeSelection(form, selection);
    writeCounts(form, facetCounts(Object.entries(data).filter(([href]) => inText(href)).map(([, v]) => v), selection, facets));
    const visible = new Set<string>();
    for (const card of cards) {
      const href = hrefOf(card);
      const show = inText(href) && matches(data[href] ?? {}, selection);
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
    if (!status) return;
    status.textContent = isEmpty(selection) && !query ? UI.list.count(total) : SOEG.shown(visible.size, total, query);
    // What a question was searched as, and suggestions for a text the catalogue does not have, are part of the status, so they are announced.
    if (text) {
      const extras = statusExtras(text.outcome);
      if (extras.length > 0) status.append('.', ...extras);
    }
  }

  const commit = (mode: 'push' | 'replace') => {
    const selection = readSelection(form);
    const query = field?.value.trim() ?? '';
    writeUrl(selectionToParams(selection, facets, query), mode);
    void apply(selection, query);
  };
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    if (field) field.value = params.get('q') ?? field.value;
    void apply(selectionFromParams(params, facets));
  };

  form.addEventListener('change', (event) => {
    if (event.target !== field) commit('push');
  });
  field?.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit('replace'), DEBOUNCE_MS);
  });
  status?.addEventListener('click', (event) => {
    if (!field) return;
    const query = queryOfLink(event);
    if (query === null) return;
    field.value = query;
    commit('push');
    field.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit('push');
    // Without a reload, the reader is taken to the count, which says what the filters left.
    status?.setAttribute('tabindex', '-1');
    status?.focus();
  });
  form.querySelector('[data-ryd]')?.addEventListener('click', () => {
    if (field) field.value = '';
    writeUrl(new URLSearchParams(), 'push');
    void apply({}, '');
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
