import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAESERE, SITUATIONER } from '../../src/schemas/shared/vocabularies.ts';
import { of } from '../unit/content/corpus.ts';
import { useSite } from './support/fixture.ts';

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await (await site.browser.newContext()).newPage();
});

const tags = (id: string) => of('rammer').find((f) => f.file.id === id)!.data as { laesere: string[]; situationer: string[] };
const visible = (group: string) =>
  page.$$eval(`#resultat [data-gruppe="${group}"] > li:not([hidden]) h4 a`, (links) => links.map((a) => a.getAttribute('href')!.split('/')[2]!).sort());

describe('decision aid in the browser', () => {
  it.each(LAESERE.keys.flatMap((reader) => SITUATIONER.keys.map((situation) => [reader, situation] as const)))(
    'for %s with "%s" it shows exactly the tagged frameworks',
    async (reader, situation) => {
      await page.goto(`${site.url}/hvilke-rammer-gaelder/`);
      await page.check(`input[name="hvem"][value="${reader}"]`);
      await page.check(`input[name="situation"][value="${situation}"]`);
      await page.click('#beslutning button[type="submit"]');
      expect(page.url()).toContain(`hvem=${reader}`);
      const expected = of('rammer').map((f) => f.file.id).filter((id) => tags(id).laesere.includes(reader));
      expect(await visible('situation')).toEqual(expected.filter((id) => tags(id).situationer.includes(situation)).sort());
      expect(await visible('altid')).toEqual(expected.filter((id) => tags(id).situationer.length === 0).sort());
      expect(await page.isVisible('#alle')).toBe(false);
    },
  );

  it('restores the choice from the URL and returns to the full list with Back', async () => {
    await page.goto(`${site.url}/hvilke-rammer-gaelder/`);
    await page.check('input[name="hvem"][value="organisation"]');
    await page.check('input[name="situation"][value="frivillige"]');
    await page.click('#beslutning button[type="submit"]');
    await page.reload();
    expect(await page.isChecked('input[name="situation"][value="frivillige"]')).toBe(true);
    expect(await page.isVisible('#resultat')).toBe(true);
    await page.goBack();
    expect(await page.isVisible('#alle')).toBe(true);
  });
});
