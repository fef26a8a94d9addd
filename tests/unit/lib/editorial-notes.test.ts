import { describe, expect, it } from 'vitest';
import { editorialReport, editorNotes, type EditorialEntry } from '../../../src/lib/editorial.ts';

const NOTE = 'Placeringen i kategorien er redaktionens eget valg.';
const entries: EditorialEntry[] = [
  { collection: 'organisationer', id: 'hjerteforeningen', data: { status: 'publiceret', navn: 'Hjerteforeningen', redaktionsnoter: [NOTE, 'Hjemmesiden svarer kun på http.'] } },
  { collection: 'eksempler', id: 'et-udkast', data: { status: 'udkast', titel: 'Et udkast', redaktionsnoter: ['Mangler kilde.'] } },
  { collection: 'rammer', id: 'uden-noter', data: { status: 'publiceret', titel: 'Uden noter' } },
];

describe('editor-only notes on /redaktion/', () => {
  it('groups the notes by entry, drafts included, and leaves entries without notes out', () => {
    const { notes } = editorialReport(entries, new Date('2026-12-01T00:00:00Z'));
    expect(notes.map(({ entry, notes: n }) => [`${entry.collection}/${entry.id}`, n])).toEqual([
      ['organisationer/hjerteforeningen', [NOTE, 'Hjemmesiden svarer kun på http.']],
      ['eksempler/et-udkast', ['Mangler kilde.']],
    ]);
  });

  it('reads only a list of strings', () => {
    expect(editorNotes({ collection: 'rammer', id: 'x', data: { redaktionsnoter: 'ikke en liste' } })).toEqual([]);
  });
});
