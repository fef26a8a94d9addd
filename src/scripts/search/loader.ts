/**
 * The only script every page loads: a few hundred bytes that import the search code when the
 * reader focuses the header search, presses "/", opens a catalogue filter (or arrives with
 * filters in the URL), or opens the search page; and Pagefind's highlighter when the reader
 * arrives from a search result (the address carries the search words).
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/readers';

interface Highlighter {
  new (options: { highlightParam: string; addStyles: boolean }): unknown;
}

/** True when the key press is meant for a text field, not a shortcut. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

const app = () => import('./app');

/**
 * Marks the search words in the page's indexed text (Pagefind's pagefind-highlight.js, a
 * same-origin module; its inline style is left out, the site's stylesheet styles the marks).
 */
function highlight(): void {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = '/pagefind/pagefind-highlight.js';
  void import(/* @vite-ignore */ url)
    .then((m: { default: Highlighter }) => new m.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }))
    .catch(() => undefined);
}

/** Starts the loader (once per page). */
export function startLoader(): void {
  highlight();
  const header = document.querySelector<HTMLFormElement>('[data-soeg-header]');
  const field = header?.querySelector('input');
  if (header && field) {
    const load = () => void app().then((m) => m.startHeaderSearch(header));
    field.addEventListener('focus', load, { once: true });
    if (document.activeElement === field) load();
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target)) {
        event.preventDefault();
        // On the search page, "/" goes to its own field.
        (document.querySelector<HTMLInputElement>('form[data-soegeside] input[name="q"]') ?? field).focus();
      }
    });
  }

  const catalogue = document.querySelector<HTMLDetailsElement>('details[data-katalog]');
  if (catalogue) {
    catalogue.hidden = false;
    const load = () => void app().then((m) => m.startKatalog(catalogue));
    if (location.search.length > 1) {
      catalogue.open = true;
      load();
    } else catalogue.addEventListener('toggle', load, { once: true });
  }

  const page = document.querySelector<HTMLFormElement>('form[data-soegeside]');
  if (page) void app().then((m) => m.startSearchPage(page));
}
