/**
 * Accessible names Decap leaves out, set on its elements as they appear: the preview pane's
 * iframe gets a title, and the body's Markdown editor (a contenteditable textbox) is named by its
 * field's label. Only elements without a name of their own are touched. tests/e2e/editor.test.ts
 * runs axe on every screen of the editor it visits.
 */
export const PREVIEW_TITLE = 'Forhåndsvisning af posten, som den ser ud på siden';

/** The label text of the Decap field an element belongs to (its control's <label>), or undefined. */
function fieldLabel(element: Element): string | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const label = node.querySelector(':scope > label, :scope > div > label');
    if (label?.textContent?.trim()) return label.textContent.trim();
  }
  return undefined;
}

const unnamed = (element: Element) => !element.hasAttribute('aria-label') && !element.hasAttribute('aria-labelledby') && !element.hasAttribute('title');

/** Names every unnamed preview iframe and Markdown editor under `root`. */
export function nameUnnamed(root: ParentNode): void {
  for (const frame of root.querySelectorAll('iframe#preview-pane')) if (unnamed(frame)) frame.setAttribute('title', PREVIEW_TITLE);
  for (const editor of root.querySelectorAll('[data-slate-editor="true"][role="textbox"]')) {
    const label = unnamed(editor) ? fieldLabel(editor) : undefined;
    if (label) editor.setAttribute('aria-label', label);
  }
}

/** Keeps naming them while Decap renders screens (it replaces whole views on navigation). */
export function watchAccessibleNames(doc: Document): void {
  nameUnnamed(doc);
  new MutationObserver(() => nameUnnamed(doc)).observe(doc.body, { childList: true, subtree: true });
}
