import { it } from 'vitest';
import { useSite } from '../support/fixture.ts';
import { axeViolations } from '../support/site.ts';
const site = useSite();
it('probe admin', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.url + '/admin/');
  await page.getByRole('button', { name: /Log ind/ }).waitFor({ timeout: 60000 });
  await page.screenshot({ path: '/tmp/admin-login.png' });
  console.log(await axeViolations(page));
  console.log(await page.locator('#nc-root').innerHTML());
});
