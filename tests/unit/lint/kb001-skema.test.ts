import { describe, expect, it } from 'vitest';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx } from './support.ts';

describe('KB001 skema', () => {
  it('passes entries that match their schema', () => {
    expect(lintDir(contentDir(BASE)).filter((p) => p.rule === 'KB001')).toEqual([]);
  });

  it('names the field, the line and the allowed values', () => {
    const dir = contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx({ ...VALID.organisationer, type: 'klub' }) });
    const [problem] = lintDir(dir).filter((p) => p.rule === 'KB001');
    expect(problem).toMatchObject({ rule: 'KB001', severity: 'fejl', field: 'type', file: 'organisationer/hjerteforeningen.mdx' });
    expect(problem?.message).toMatch(/^"type" har værdien "klub", som ikke er tilladt\. Skriv en af: frivillig-forening \(Frivillig forening\)/);
  });

  it('says that a placeholder is still there, whatever the field type', () => {
    const dir = contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx({ ...VALID.organisationer, type: 'UDFYLD' }) });
    const [problem] = lintDir(dir).filter((p) => p.rule === 'KB001');
    expect(problem?.message).toMatch(/^Pladsholderen UDFYLD er ikke erstattet\. "type" har værdien "UDFYLD"/);
  });
});
