/**
 * The header search: results open in place under the field as the reader types. Keyboard:
 * arrow down/up moves between result links (and back to the field), Enter follows a link or,
 * in the field, opens the search page, Escape closes the results and returns to the field.
 */
import { SOEG } from '../../lib/ui';
import { highlightTerms, search } from './engine';
import { hits } from './hits';
import { pagefind, preload, SearchUnavailable } from './pagefind-api';
import { el, hitItem, nextSteps, searchUrl, statusExtras } from './render';

const SHOWN = 6;
const DEBOUNCE_MS = 120;

/** Wires the header search form; safe to call once per page. */
export function startHeaderSearch(form: HTMLFormElement): void {
  const field = form.querySelector<HTMLInputElement>('input[name="q"]');
  const results = form.querySelector<HTMLElement>('[data-soeg-popup]');
  const live = form.querySelector<HTMLElement>('[data-soeg-status]');
  if (!field || !results || !live || form.dataset['started']) return;
  const [input, popup, status] = [field, results, live];
  form.dataset['started'] = 'ja';

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const links = () => [...popup.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const close = () => {
    popup.hidden = true;
  };

  async function run(query: string) {
    const mine = ++seq;
    if (query.length < 2) {
      close();
      status.textContent = '';
      return;
    }
    const started = performance.now();
    try {
      const response = await search(query);
      const shown = await hits(response.results.slice(0, SHOWN), 2);
      if (mine !== seq) return;
      const list = el('ul', 'treffliste');
      list.setAttribute('aria-label', SOEG.results);
      const terms = highlightTerms(response);
      list.append(...shown.map((h) => hitItem(h, 'span', terms)));
      const all = el('a', 'alle', SOEG.all(query));
      all.href = searchUrl(query);
      // What a question was searched as, and "Mente du …?", above the results and in the announcement.
      const extras = statusExtras(response);
      const hint = extras.length > 0 ? [el('p', 'soeg-hint')] : [];
      hint[0]?.append(...extras);
      const found = shown.length ? [list] : [el('p', '', SOEG.none), nextSteps()];
      popup.replaceChildren(...hint, ...found, all);
      status.textContent = SOEG.count(response.results.length, query);
      if (hint[0]) status.append('. ', hint[0].textContent?.trim() ?? '');
      // User Timing: how long the search itself took (no typing pause); read by npm run bench:search.
      performance.measure('vidensbasen:soeg', { start: started, detail: query });
    } catch (error) {
      if (mine !== seq) return;
      popup.replaceChildren(el('p', 'soeg-fejl', error instanceof SearchUnavailable ? SOEG.unavailable : SOEG.failed));
      status.textContent = popup.textContent ?? '';
    }
    popup.hidden = false;
  }

  input.addEventListener('input', () => {
    const query = input.value.trim();
    void preload(query).catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(() => void run(query), DEBOUNCE_MS);
  });
  // Results closed with Escape come back with arrow down or a click in the field.
  const reopen = () => {
    if (popup.hidden && input.value.trim().length >= 2 && popup.childElementCount > 0) popup.hidden = false;
  };
  input.addEventListener('click', reopen);

  form.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        close();
        input.focus();
      }
    } else if (event.key === 'ArrowDown' && all.length > 0) {
      event.preventDefault();
      reopen();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : all[at - 1])?.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });

  // Start loading the index as soon as the reader is in the field, before the first word is done.
  void pagefind().catch(() => undefined);
  // The field may already hold text (typed before this module loaded).
  if (input.value.trim().length >= 2) void run(input.value.trim());
}
