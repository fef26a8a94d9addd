import { describe, expect, it } from 'vitest';
import { parseEntryName, renameInSource } from '../../../src/lib/move-entry.ts';

const from = { collection: 'organisationer' as const, id: 'hjerte' };
const to = { collection: 'organisationer' as const, id: 'hjerteforeningen' };

describe('moving an entry', () => {
  it('reads entry names written in several ways', () => {
    for (const text of ['content/organisationer/hjerte.mdx', 'organisationer/hjerte', '/organisationer/hjerte/']) {
      expect(parseEntryName(text)).toEqual(from);
    }
    expect(parseEntryName('content/foo/bar.mdx')).toBeUndefined();
  });

  it('rewrites references and body links, and nothing else', () => {
    const source = [
      '---',
      'titel: Om hjerte og hjerteforeninger # hjerte står også her',
      'organisationer:',
      '  - hjerte',
      '  - "hjerte-og-kar"',
      'pejlemaerker: [pejlemaerke-1-forebyggelse]',
      '---',
      '',
      'Se [Hjerte](/organisationer/hjerte/) og [afsnit](/organisationer/hjerte/#kontakt) men ikke [andet](/organisationer/hjerte-og-kar/).',
      '',
      'Teksten /organisationer/hjerte/ uden link bliver stående.',
      '',
    ].join('\n');
    const { text, changes } = renameInSource(source, 'eksempler', from, to);
    expect(changes).toBe(3);
    expect(text).toBe(
      source
        .replace('  - hjerte\n', '  - hjerteforeningen\n')
        .replace('[Hjerte](/organisationer/hjerte/)', '[Hjerte](/organisationer/hjerteforeningen/)')
        .replace('(/organisationer/hjerte/#kontakt)', '(/organisationer/hjerteforeningen/#kontakt)'),
    );
  });

  it('rewrites a single reference in a YAML file', () => {
    const source = "navn: Rigshospitalet\nsundhedsraad: 'sundhedsraad-byen' # bekræftet\nkilder:\n  - sundhedsraad-byen\n";
    const council = { collection: 'sundhedsraad' as const, id: 'sundhedsraad-byen' };
    const { text, changes } = renameInSource(source, 'enheder', council, { ...council, id: 'sundhedsraad-hovedstaden' });
    expect(changes).toBe(1);
    expect(text).toBe('navn: Rigshospitalet\nsundhedsraad: sundhedsraad-hovedstaden # bekræftet\nkilder:\n  - sundhedsraad-byen\n');
  });
});
