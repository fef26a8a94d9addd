/**
 * Changes to Decap's Danish phrases: the workflow statuses as the site names them (Kladde, Til
 * gennemsyn, Klar), and field errors that show the site's own message without a prefix.
 */
export const LOCALE_OVERRIDES = {
  editor: {
    editorControlPane: { widget: { regexPattern: '%{pattern}', required: '"%{fieldLabel}" skal udfyldes. Intet er gemt endnu.' } },
    editorToolbar: { draft: 'Kladde', inReview: 'Til gennemsyn', ready: 'Klar' },
  },
  workflow: { workflowList: { draftHeader: 'Kladde', inReviewHeader: 'Til gennemsyn', readyHeader: 'Klar' } },
};

type Phrases = { [key: string]: string | Phrases };

/** Deep-merges phrase overrides into a locale, keeping every phrase that is not overridden. */
export function mergeLocale(base: object, overrides: object): Phrases {
  const merged: Phrases = { ...(base as Phrases) };
  for (const [key, value] of Object.entries(overrides as Phrases)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergeLocale(current, value) : value;
  }
  return merged;
}
