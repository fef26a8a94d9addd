/**
 * The search page (/soeg/). The query and the ticked filters live in the URL
 * (`/soeg/?q=frivillige&samling=eksempler&tema=forebyggelse`), so a search can be shared,
 * bookmarked and restored with Back. With filters but no query it browses everything filtered.
 */
import { SOEG } from '../../lib/ui';
import { isEmpty, selectionFromParams, selectionToParams, type Selection } from '../../lib/search/selection';
import { countsFor, highlightTerms, search } from './engine';
import { hits } from './hits';
import { SearchUnavailable, type PagefindResult } from './pagefind-api';
import { facetNames, readSelection, writeCounts, writeSelection, writeUrl } from './facet-panel';
import { hitItem, nextSteps, queryOfLink, statusExtras } from './render';

const PAGE = 20;
const DEBOUNCE_MS = 250;

/** Wires the search page form. */
export function startSearchPage(form: HTMLFormElement): void {
  const parts = [
    form.querySelector<HTMLInputElement>('input[name="q"]'),
    form.querySelector<HTMLDetailsElement>('[data-soeg-filtre]'),
    form.querySelector<HTMLElement>('[data-resultat-status]'),
    form.querySelector<HTMLOListElement>('[data-soeg-resultater]'),
    form.querySelector<HTMLButtonElement>('[data-flere]'),
  ] as const;
  if (parts.some((p) => p === null)) return;
  const [input, panel, status, list, more] = parts as { [K in keyof typeof parts]: NonNullable<(typeof parts)[K]> };
  const facets = facetNames(form);
  // Served open, so wide screens reserve the open panel's room before this runs (no jump); closed on narrow ones.
  panel.open = matchMedia('(min-width: 60rem)').matches;
  panel.hidden = false;

  const steps = document.createElement('div');
  status.after(steps);

  let seq = 0;
  let pending: PagefindResult[] = [];
  let terms: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function showMore() {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const mine = seq;
    const shown = await hits(batch);
    if (mine !== seq) return;
    list.append(...shown.map((h) => hitItem(h, 'h2', terms)));
    more.hidden = pending.length === 0;
  }

  async function run(query: string, selection: Selection) {
    const mine = ++seq;
    steps.replaceChildren();
    if (query.trim() === '' && isEmpty(selection)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = SOEG.empty;
      return;
    }
    status.textContent = SOEG.loading;
    list.setAttribute('aria-busy', 'true');
    try {
      const response = await search(query, selection, { counts: true });
      const counts = await countsFor(query, selection, facets, response);
      if (mine !== seq) return;
      writeCounts(form, counts);
      list.replaceChildren();
      pending = response.results;
      terms = highlightTerms(response);
      await showMore();
      if (mine !== seq) return;
      const n = response.results.length;
      const extras = statusExtras(response);
      status.textContent = query.trim() ? SOEG.count(n, query.trim()) : SOEG.countFiltered(n);
      if (extras.length > 0 || n === 0) status.append('.');
      // What was searched and the suggestions are part of the status, so they are announced with the count.
      status.append(...extras);
      if (n === 0) status.append(' ', SOEG.none);
      // Nothing found: the doors and the decision aid, after the status (not announced, reached by Tab).
      steps.replaceChildren(...(n === 0 && query.trim() ? [nextSteps()] : []));
    } catch (error) {
      if (mine !== seq) return;
      list.replaceChildren();
      status.textContent = error instanceof SearchUnavailable ? SOEG.unavailable : SOEG.failed;
    }
    if (mine === seq) list.removeAttribute('aria-busy');
  }

  const current = () => ({ query: input.value, selection: readSelection(form) });
  const commit = (mode: 'push' | 'replace') => {
    const { query, selection } = current();
    writeUrl(selectionToParams(selection, facets, query), mode);
    void run(query, selection);
  };
  const fromUrl = (typed = '') => {
    const params = new URLSearchParams(location.search);
    const selection = selectionFromParams(params, facets);
    input.value = params.get('q') ?? typed;
    writeSelection(form, selection);
    if (!isEmpty(selection) || matchMedia('(min-width: 60rem)').matches) panel.open = true;
    void run(input.value, selection);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit('replace'), DEBOUNCE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) commit('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit('push');
  });
  form.querySelector('[data-ryd]')?.addEventListener('click', () => {
    writeSelection(form, {});
    commit('push');
  });
  more.addEventListener('click', () => void showMore());
  // A suggestion runs its search here, as a new history entry, and leaves the reader in the field.
  status.addEventListener('click', (event) => {
    const query = queryOfLink(event);
    if (query === null) return;
    input.value = query;
    commit('push');
    input.focus();
  });
  window.addEventListener('popstate', () => fromUrl());
  // Keep what the reader typed before this script arrived; the URL wins if it has a query.
  fromUrl(input.value);
  form.dataset['klar'] = 'ja';
}
