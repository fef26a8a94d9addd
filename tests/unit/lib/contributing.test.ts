import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionTable, contributingInSync } from '../../../src/lib/contributing.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('CONTRIBUTING.md', () => {
  it('lists every collection with what it is for, as the schemas say (run npm run generer if not)', () => {
    expect(contributingInSync(root)).toBe(true);
    for (const collection of COLLECTIONS.keys) expect(collectionTable()).toContain(`\`content/${collection}/\``);
  });

  it('warns up front that a pull request is public before any check, and that deleting does not unpublish', () => {
    const text = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    const warning = text.indexOf('## Før du begynder: personoplysninger');
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(text.indexOf('## Samlingerne'));
    expect(text).toContain('En pull request er offentlig i det øjeblik, du opretter den');
    expect(text).toContain('forks og i pull requestens referencer');
    expect(text).toContain('/bidrag/felter/');
  });
});
