import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../support/temp.ts';

describe('temporary folders of tests', () => {
  it('makes a new folder each time and removes them all', () => {
    const a = tempDir('vidensbasen-temp-');
    const b = tempDir('vidensbasen-temp-');
    expect(a).not.toBe(b);
    expect(existsSync(a) && existsSync(b)).toBe(true);
    expect(removeTempDirs()).toBe(2);
    expect(existsSync(a) || existsSync(b)).toBe(false);
  });
});
