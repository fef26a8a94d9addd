import { describe, expect, it } from 'vitest';
import { compileMdx, renderMarkdown } from './support.ts';

const BODY = [
  'Workshoppen samlede omkring 60 deltagere.[^1] Visionen nævner fire pejlemærker.[^vision][^1]',
  '',
  '[^1]: potentialer-og-mulige-veje-2025, afsnit "Workshoppen"',
  '[^vision]: visionspapir-region-hovedstaden-2025, afsnit "Strategiske pejlemærker"',
].join('\n');

describe('claim-level citations in the real Sätteri pipeline', () => {
  it('renders numbered notes that link to the source, with publisher, year and locator, under a visible Danish heading', async () => {
    const { html } = await compileMdx(BODY);
    expect(html).toContain('<section data-footnotes class="kildehenvisninger" data-pagefind-ignore="">');
    expect(html).toContain('<h2 class="kildehenvisninger-titel" id="footnote-label">Kildehenvisninger</h2>');
    expect(html).not.toContain('sr-only');
    expect(html).toMatch(/<a href="\/kilder\/potentialer-og-mulige-veje-2025\/">Potentialer og mulige veje[^<]*<\/a> \(Region Hovedstaden, 2025\), afsnit „Workshoppen“/);
    expect(html).toMatch(/<a href="\/kilder\/visionspapir-region-hovedstaden-2025\/">Visionspapir for samarbejdet med civilsamfundet/);
    // Numbered in order of first use; a reused note keeps its number.
    expect([...html.matchAll(/aria-label="(Kilde \d)"/g)].map((m) => m[1])).toEqual(['Kilde 1', 'Kilde 2', 'Kilde 1']);
    expect(html).toContain('<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label" aria-label="Kilde 1">1</a></sup>');
    expect(html).toContain('aria-label="Tilbage til teksten, henvisning 1" class="data-footnote-backref">↩</a>');
    expect(html).toContain('aria-label="Tilbage til teksten, henvisning 1 (2. sted)" class="data-footnote-backref">↩<sup>2</sup></a>');
    expect(html).not.toContain('Footnotes');
    expect(html).not.toContain('Back to');
  });

  it('renders notes in footnotes placed oddly: a reference in a list, a table and a callout', async () => {
    const { html } = await compileMdx(
      ['- Punkt.[^1]', '', '| A | B |', '|---|---|', '| celle[^1] | b |', '', '<Bemaerk type="info">', '', 'Inde.[^1]', '', '</Bemaerk>', '', '[^1]: potentialer-og-mulige-veje-2025, s. 4'].join('\n'),
    );
    expect([...html.matchAll(/aria-label="(Kilde \d)"/g)].map((m) => m[1])).toEqual(['Kilde 1', 'Kilde 1', 'Kilde 1']);
    expect(html).toContain('(Region Hovedstaden, 2025), s. 4');
  });

  it('stops the build at a note with an unknown source or no locator, with file, line and what to write', async () => {
    const error = await compileMdx('Tekst.[^1] Mere.[^2]\n\n[^1]: visionspapir-region-hovedstaden-2024, afsnit "Baggrund"\n[^2]: visionspapir-region-hovedstaden-2025').then(() => undefined, (e: Error) => e);
    expect(error?.message).toContain('Kildehenvisningerne kan ikke bygges:\n');
    expect(error?.message).toContain('content/vejledninger/x.mdx:3 [KB018] Fodnoten [^1] nævner kilden "visionspapir-region-hovedstaden-2024", som ikke findes i content/kilder/. Mente du "visionspapir-region-hovedstaden-2025"?');
    expect(error?.message).toContain('content/vejledninger/x.mdx:4 [KB018] Fodnoten [^2] siger ikke, hvor i kilden påstanden står.');
  });

  it('stops the build at a note never used and at a reference to no note', async () => {
    const error = await renderMarkdown('Tekst.[^9]\n\n[^1]: visionspapir-region-hovedstaden-2025, s. 4').then(() => undefined, (e: Error) => e);
    expect(error?.message).toContain('ukendt fil:1 [KB018] Henvisningen [^9] har ingen fodnote.');
    expect(error?.message).toContain('ukendt fil:3 [KB018] Fodnoten [^1] bruges ikke i teksten.');
  });
});
