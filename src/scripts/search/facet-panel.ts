/** The checkbox panel of facets, shared by the catalogues and the search page. */
import type { Selection } from '../../lib/search/selection';

/** The facet names of a form's fieldsets, in panel order. */
export const facetNames = (form: HTMLFormElement) =>
  [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')].map((f) => f.dataset['facet'] as string);

const boxes = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input[type="checkbox"]')];

/** The ticked values per facet. */
export function readSelection(form: HTMLFormElement): Selection {
  const selection: Selection = {};
  for (const box of boxes(form)) if (box.checked) (selection[box.name] ??= []).push(box.value);
  return selection;
}

/** Ticks exactly the selected values (e.g. after Back or a reload). */
export function writeSelection(form: HTMLFormElement, selection: Selection): void {
  for (const box of boxes(form)) box.checked = selection[box.name]?.includes(box.value) ?? false;
}

/** Shows a count beside each value: "(3)". */
export function writeCounts(form: HTMLFormElement, counts: Record<string, Record<string, number>>): void {
  for (const box of boxes(form)) {
    const slot = box.parentElement?.querySelector('[data-antal]');
    if (slot) slot.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
  }
}

/**
 * Puts the state in the address bar: a new history entry for a deliberate change (a tick, a
 * submit), so Back undoes it; a replaced one while the reader types.
 */
export function writeUrl(params: URLSearchParams, mode: 'push' | 'replace'): void {
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
