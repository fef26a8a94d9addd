import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseContentFile } from '../../../src/lib/content-files.ts';
import { changedPages, diffContent, PREVIEW_ARTIFACT, summarize, type ContentState } from '../../../src/lib/pr-summary.ts';
import type { Problem } from '../../../src/lib/validate.ts';
import { VALID } from '../schemas/fixtures.ts';

const org = (id: string, data: object, body = 'Tekst.') =>
  parseContentFile('organisationer', `content/organisationer/${id}.mdx`, `---\n${stringify({ ...VALID.organisationer, ...data })}---\n\n${body}\n`);
const state = (files: ContentState['files'], extra: Partial<ContentState> = {}): ContentState => ({ files, redirects: [], problems: [], ...extra });
const warning: Problem = { rule: 'KB014', severity: 'advarsel', file: 'content/organisationer/a.mdx', line: 9, field: 'naesteGennemgang', message: 'Posten skulle have været gennemgået.' };

describe('the pull request summary', () => {
  it('lists new, changed (with fields) and removed entries per collection, and new lint problems', () => {
    const base = state([org('a', { navn: 'A' }), org('b', { navn: 'B', status: 'udkast' }), org('c', { navn: 'C' })]);
    const head = state([org('a', { navn: 'A', resume: 'Nyt resume.' }, 'Ny tekst.'), org('b', { navn: 'B' }), org('d', { navn: 'D | ny', status: 'udkast' })], { problems: [warning] });
    const text = summarize(base, head);
    expect(text).toContain('| Organisationer | 1 | 2 | 0 | 1 |');
    expect(text).toContain('- **Ny:** D \\| ny (`content/organisationer/d.mdx`, udkast)');
    expect(text).toContain('- **Ændret:** A – felter: resume, brødtekst');
    expect(text).toContain('- **Ændret:** B – felter: status – **udkast → publiceret**');
    expect(text).toContain('- **Fjernet:** C (`/organisationer/c/`) – ⚠️ adressen forsvinder: brug `npm run flyt`, eller tilføj en omdirigering');
    expect(text).toContain('1 ny fejl eller advarsel:\n- `content/organisationer/a.mdx:9` [KB014] advarsel i "naesteGennemgang": Posten skulle have været gennemgået.');
  });

  it('shows a move as a redirect, and says when nothing changed', () => {
    const moved = summarize(state([org('a', {})]), state([org('b', {})], { redirects: [{ fra: '/organisationer/a/', til: '/organisationer/b/', line: 1 }] }));
    expect(moved).toContain('| Organisationer | 0 | 0 | 1 | 0 |');
    expect(moved).toContain('- **Flyttet:** Hjerteforeningen (`/organisationer/a/` → `/organisationer/b/`, den gamle adresse omdirigeres)');
    expect(moved).not.toContain('**Ny:**');
    const same = summarize(state([org('a', {})], { problems: [warning] }), state([org('a', {})], { problems: [{ ...warning, line: 12 }] }));
    expect(same).toContain('Pull requesten ændrer ikke indholdet.');
    expect(same).toContain('Ingen nye fejl eller advarsler.');
  });

  it('lists the pages to open with their addresses: new, changed and moved entries, drafts marked, removed ones left out', () => {
    const base = state([org('a', { navn: 'A' }), org('c', { navn: 'C' }), org('gammel', { navn: 'Flyttes' }), org('same', { navn: 'Samme' })]);
    const head = state([org('a', { navn: 'A', resume: 'Nyt.' }), org('d', { navn: 'Ældre & unge', status: 'udkast' }), org('ny-adresse', { navn: 'Flyttes' }), org('same', { navn: 'Samme' })], {
      redirects: [{ fra: '/organisationer/gammel/', til: '/organisationer/ny-adresse/', line: 1 }],
    });
    expect(changedPages(diffContent(base, head))).toEqual([
      { change: 'Ny', title: 'Ældre & unge', url: '/organisationer/d/', draft: true },
      { change: 'Ændret', title: 'A', url: '/organisationer/a/', draft: false },
      { change: 'Flyttet', title: 'Flyttes', url: '/organisationer/ny-adresse/', draft: false },
    ]);
    const text = summarize(base, head);
    const pages = text.split('### Sider at se efter\n\n')[1]!.split('\n\n')[0];
    expect(pages).toBe([
      '- Ny: Ældre & unge – `/organisationer/d/` (udkast: er ikke med i det byggede websted; se den med `npm run dev`)',
      '- Ændret: A – `/organisationer/a/`',
      '- Flyttet: Flyttes – `/organisationer/ny-adresse/`',
    ].join('\n'));
    expect(text).not.toContain('- Fjernet: C');
  });

  it('gives each changed page its LIX, with the score before the change', () => {
    const plain = Array.from({ length: 8 }, () => 'Du kan få hjælp af en frivillig. Spørg på din afdeling.').join(' ');
    const hard = Array.from({ length: 4 }, () => 'Samarbejdsaftalerne mellem regionsrådets administrationer og civilsamfundsorganisationernes repræsentanter forudsætter koordinerede beslutningsprocesser og dokumenterede ansvarsfordelinger.').join(' ');
    const base = state([org('a', { navn: 'A' }, hard), org('b', { navn: 'B' }, plain)]);
    const head = state([org('a', { navn: 'A' }, plain), org('b', { navn: 'B', resume: 'Nyt.' }, plain), org('c', { navn: 'C' }, 'Kort.')]);
    const pages = changedPages(diffContent(base, head));
    // plain: 88 words, 16 sentences, 16 long words ("frivillig", "afdeling") → 88 / 16 + 100 × 16 / 88 = 5.5 + 18.2 = 24
    expect(pages.map((p) => [p.title, p.lix])).toEqual([
      ['C', undefined],
      ['A', { after: 24, before: expect.any(Number) }],
      ['B', { after: 24, before: 24 }],
    ]);
    const text = summarize(base, head);
    expect(text).toMatch(/- Ændret: A – `\/organisationer\/a\/`, LIX 24 \(meget let; før \d+\)/);
    expect(text).toContain('- Ændret: B – `/organisationer/b/`, LIX 24 (meget let)\n');
    expect(text).toContain('- Ny: C – `/organisationer/c/`\n');
  });

  it('says where the built site is and how to open it locally, also when no page changed', () => {
    for (const text of [summarize(state([org('a', {})]), state([org('a', { resume: 'Nyt.' })])), summarize(state([]), state([]))]) {
      expect(text).toContain(`artefakten \`${PREVIEW_ARTIFACT}\``);
      expect(text).toContain('`npm run serve -- ~/Downloads/forhaandsvisning`');
      expect(text.indexOf('### Sider at se efter')).toBeLessThan(text.indexOf('### Indholdstjekket'));
    }
    expect(summarize(state([org('a', {})]), state([org('a', { resume: 'Nyt.' })]))).toContain('fx http://localhost:4321/organisationer/a/.');
    expect(summarize(state([]), state([]))).toContain('Ingen sider er nye, ændrede eller flyttede.');
  });
});
