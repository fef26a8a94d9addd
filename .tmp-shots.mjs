import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
const port = await new Promise((done) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => done(p)); }); });
const server = spawn(process.execPath, ['scripts/serve.mjs', process.argv[2] ?? 'dist'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const pages = { forside: '/', vejledning: '/vejledninger/frivillige-paa-afdelingen/', organisation: '/organisationer/hjerteforeningen/' };
const prefix = process.argv[3] ?? '';
for (const width of [320, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    if (name === 'vejledning') await page.locator('.bemaerk').scrollIntoViewIfNeeded();
    const full = name !== 'vejledning';
    await page.screenshot({ path: `/work/coord/screens/identity-${prefix}${name}-${width}.png`, fullPage: full });
  }
  await context.close();
}
await browser.close();
server.kill();
