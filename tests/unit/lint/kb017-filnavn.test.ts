import { describe, expect, it } from 'vitest';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx } from './support.ts';

describe('KB017 filnavn', () => {
  it('passes slug file names with the right extension', () => {
    expect(lintDir(contentDir(BASE)).filter((p) => p.rule === 'KB017')).toEqual([]);
  });

  it('names stray files and suggests a file name', () => {
    const dir = contentDir({ ...BASE, 'organisationer/Røde Kors.mdx': mdx(VALID.organisationer), 'organisationer/noter.md': 'x' });
    const messages = lintDir(dir).filter((p) => p.rule === 'KB017').map((p) => p.message);
    expect(messages).toEqual([
      'Filen bliver ikke læst: poster i organisationer skal have endelsen .mdx. Omdøb filen, eller flyt den.',
      'Filnavnet "Røde Kors" bliver sidens adresse og må kun have små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa). Omdøb filen til roede-kors.mdx, fx med npm run flyt.',
    ]);
  });
});
