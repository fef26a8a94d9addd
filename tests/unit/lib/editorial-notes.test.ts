import { describe, expect, it } from 'vitest';
import { editorialReport, editorNotes } from '../../../src/lib/editorial.ts';
import { draft, eksempel, entry, org } from '../data/fixtures.ts';

const NOTE = 'Placeringen i kategorien er redaktionens eget valg.';
const uden = entry('rammer', 'uden-noter', {
  titel: 'Uden noter', resume: 'Kort.', art: 'maa', gaelderFor: ['region'], laesere: ['medarbejder'], situationer: [], juristVurdering: false, kilder: ['kilde-a'],
});
const entries = [
  org('hjerteforeningen', { redaktionsnoter: [NOTE, 'Hjemmesiden svarer kun på http.'] }),
  draft(eksempel('et-udkast', { redaktionsnoter: ['Mangler kilde.'] })),
  uden,
];

describe('editor-only notes on /redaktion/', () => {
  it('groups the notes by entry, drafts included, and leaves entries without notes out', () => {
    const { notes } = editorialReport(entries, new Date('2026-12-01T00:00:00Z'));
    expect(notes.map(({ entry: e, notes: n }) => [`${e.collection}/${e.id}`, n])).toEqual([
      ['organisationer/hjerteforeningen', [NOTE, 'Hjemmesiden svarer kun på http.']],
      ['eksempler/et-udkast', ['Mangler kilde.']],
    ]);
  });

  it('gives an entry without notes none', () => {
    expect(editorNotes(uden)).toEqual([]);
  });
});
