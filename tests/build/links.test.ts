import { describe, expect, it } from 'vitest';
import { checkSite } from '../../scripts/lib/link-check.ts';
import { SITE } from '../../src/lib/site.ts';
import { DIST } from './support.ts';

describe('link and content integrity of the built site', () => {
  it('has no broken internal link, form target, image or #anchor, no image without a source and no empty page', () => {
    const problems = checkSite(DIST, SITE.url).map(({ page, message }) => `${page}: ${message}`);
    expect(problems).toEqual([]);
  });
});
