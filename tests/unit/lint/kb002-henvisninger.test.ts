import { describe, expect, it } from 'vitest';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx } from './support.ts';

describe('KB002 henvisninger', () => {
  it('passes references to existing entries', () => {
    expect(lintDir(contentDir(BASE)).filter((p) => p.rule === 'KB002')).toEqual([]);
  });

  it('reports a reference to an entry that does not exist', () => {
    const dir = contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx({ ...VALID.organisationer, kilder: ['findes-ikke'] }) });
    const [problem] = lintDir(dir).filter((p) => p.rule === 'KB002');
    expect(problem?.message).toBe('"kilder.0" henviser til "findes-ikke", men der findes ingen fil content/kilder/findes-ikke.yaml. Tjek stavningen, eller opret posten først.');
  });
});
