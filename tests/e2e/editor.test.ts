import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slugify } from '../../src/lib/slug.ts';
import { COLLECTION_DEFINITIONS, COLLECTIONS } from '../../src/schemas/index.ts';
import { NEW_SOURCE_HINT } from '../../src/lib/decap/fields.ts';
import { PREVIEW_TITLE } from '../../src/admin/a11y.ts';
import { launchBrowser } from './support/browser.ts';
import { axeViolations, fitsWidth } from './support/site.ts';
import { buildCorpus, choose, corpusCacheDir, fieldInput, git, startDecapServer, throwawayRepo, tjek } from './support/editor.ts';
import { serveSite } from './support/server.ts';

/**
 * The web editor end to end, in one browser session (Decap's bundle is 5 MB): a throwaway git
 * repository with a copy of content/, decap-server on it, the site built with the local backend,
 * a new source made and published in the editor, bad input refused at the field with nothing
 * written, then a new organisation citing the new source saved as a branch, checked by
 * `npm run tjek` and built into a page, a list entry and backlinks. axe (WCAG 2.1 A and AA) runs
 * on every screen the test visits.
 */
const NAME = 'Testforeningen Ærø Østbo Ål';
const SLUG = 'testforeningen-aeroe-oestbo-aal';
/** The source the test makes in the editor: the picker offers it once it is published. */
const KILDE_TITEL = 'Årsberetning 2026';
const KILDE = 'aarsberetning-2026';

let tmp: { dir: string; repo: string };
let backend: Awaited<ReturnType<typeof startDecapServer>>;
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  tmp = throwawayRepo();
  backend = await startDecapServer(tmp.repo);
  buildCorpus(join(tmp.repo, 'content'), join(tmp.dir, 'dist'), { DECAP_LOCAL_BACKEND: backend.url });
  site = await serveSite(join(tmp.dir, 'dist'));
  browser = await launchBrowser();
  context = await browser.newContext();
  context.on('request', (request) => void requests.push(request.url()));
  page = await newTab();
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByText('Organisationer').first().waitFor();
  await page.goto(`${site.url}/admin/#/collections/organisationer/new`);
  await (await fieldInput(page, 'navn')).waitFor();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  site?.stop();
  backend?.stop();
  if (tmp) {
    rmSync(tmp.dir, { recursive: true, force: true });
    rmSync(corpusCacheDir(join(tmp.repo, 'content')), { recursive: true, force: true });
  }
});

/** Nothing was written: no editor branch and no new file in the repository. */
function nothingWritten(): void {
  expect(git(tmp.repo, 'branch', '--list', 'cms/*').trim()).toBe('');
  expect(git(tmp.repo, 'status', '--porcelain').trim()).toBe('');
}

/** The page's text as written (innerText would apply the labels' CSS upper-casing). */
async function text(): Promise<string> {
  return (await page.locator('body').textContent()) ?? '';
}

/** Decap's raw Markdown editor is a contenteditable element, not an input. */
async function setBody(value: string): Promise<void> {
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  await editor.fill(value);
  await expect.poll(async () => (await editor.textContent())?.replace(/\uFEFF/g, '')).toBe(value);
}

/** A tab in the test's browser context (the local backend's login is kept in the context's storage). */
async function newTab(): Promise<Page> {
  const tab = await context.newPage();
  tab.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  // Decap asks before leaving an entry with unsaved changes; the test moves on deliberately.
  tab.on('dialog', (dialog) => void dialog.accept());
  return tab;
}

/**
 * Opens a view of the editor in a fresh tab. Reloading the same tab raced with Decap's
 * "unsaved changes" guard (beforeunload) and could leave the reload waiting for ever; a closed tab
 * runs no beforeunload, and a new one loads the view from scratch, hash and all.
 */
async function openView(hash: string): Promise<void> {
  await page.close();
  page = await newTab();
  await page.goto(`${site.url}/admin/${hash}`);
}

async function save(): Promise<void> {
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.waitForTimeout(800);
}

/** Focus first: Decap re-renders a field on focus and puts the cursor back, which would undo fill's selection. */
async function setText(name: string, value: string): Promise<void> {
  const input = await fieldInput(page, name);
  await input.click();
  await input.fill(value);
  expect(await input.inputValue()).toBe(value);
}

async function expectRefused(message: string): Promise<void> {
  await save();
  await expect.poll(text).toContain(message);
  nothingWritten();
}

/** axe finds no WCAG 2.1 A/AA violation on the editor's current screen (Decap's own elements included). */
async function expectAccessible(screen: string): Promise<void> {
  // Decap fades views and notices in; axe measures contrast on what is finally shown.
  await page.waitForTimeout(1000);
  expect(await axeViolations(page, screen)).toEqual([]);
}

/** The form at 320 px (WCAG 1.4.10): no sideways scrolling, and Save and every field within the screen. */
async function expectReflow(): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(300);
  const { ok, scrollWidth, clientWidth } = await fitsWidth(page);
  expect(ok, `${scrollWidth} px bred ved ${clientWidth} px`).toBe(true);
  const gem = await page.getByRole('button', { name: 'Gem', exact: true }).boundingBox();
  expect(gem && gem.x >= 0 && gem.x + gem.width <= 320, JSON.stringify(gem)).toBe(true);
  const inputs = await page.locator('input[id*="-field-"], textarea[id*="-field-"]').evaluateAll((all) => all.map((e) => Math.round(e.getBoundingClientRect().right)));
  expect(inputs.length).toBeGreaterThan(3);
  expect(inputs.filter((right) => right > 320)).toEqual([]);
  await expectAccessible('ny organisation ved 320 px');
  if (size) await page.setViewportSize(size);
}

describe('the web editor /admin/', () => {
  it('opens every collection with its existing entries listed', async () => {
    for (const name of COLLECTIONS.keys) {
      const folder = join(tmp.repo, 'content', name);
      const first = readdirSync(folder).filter((f) => /\.(mdx|yaml)$/.test(f)).sort()[0] ?? '';
      const source = readFileSync(join(folder, first), 'utf8');
      const data = parse(first.endsWith('.mdx') ? (source.split('\n---')[0] ?? '').replace(/^---\n/, '') : source) as Record<string, unknown>;
      const title = String(data[COLLECTION_DEFINITIONS[name].titleField]);
      await openView(`#/collections/${name}`);
      await expect.poll(text, { message: `${name}: ${title}`, timeout: 20_000 }).toContain(title);
      await expectAccessible(`listen ${name}`);
    }
  }, 300_000);

  it('makes a new source in its own form, with its own rules, and publishes it so the source picker offers it', async () => {
    await openView('#/collections/kilder/new');
    await (await fieldInput(page, 'titel')).waitFor();
    await expectAccessible('ny kilde');
    await setText('titel', KILDE_TITEL);
    await setText('udgiver', NAME);
    await setText('aar', '2026');
    await choose(page, 'type', 'Hjemmeside');
    await setText('beskrivelse', 'Foreningens årsberetning, som kun findes i en test af webeditoren.');
    // The source's form applies the same rules as the organisation's: a web address is completed to https://.
    await setText('url', 'http://www.eksempel.dk/aarsberetning');
    await expectRefused('Adressen skal være sikker (https)');
    await expectAccessible('ny kilde med fejl ved feltet');
    await setText('url', 'www.eksempel.dk/aarsberetning');
    await choose(page, 'status', 'Publiceret');
    await setText('naesteGennemgang', '2027-11-30');
    await expectAccessible('ny kilde udfyldt');
    await save();
    await expect.poll(text, { timeout: 20_000 }).toContain('Dokumentet er gemt');
    await expect.poll(() => git(tmp.repo, 'branch', '--list', 'cms/*').trim(), { timeout: 20_000 }).toBe(`cms/kilder/${KILDE}`);
    await expectAccessible('ny kilde gemt');
    // Publishing it (status Klar, then Publicer nu) merges it into main; the picker lists only what is there.
    await page.getByText(/^Status: /).first().click();
    await page.getByRole('menuitem', { name: 'Klar' }).click();
    await expect.poll(() => page.getByText('Status: Klar').count()).toBeGreaterThan(0);
    await expectAccessible('ny kilde klar');
    await page.getByText('Publicer', { exact: true }).first().click();
    await page.getByText('Publicer nu', { exact: true }).first().click();
    await expect.poll(text, { timeout: 20_000 }).toContain('Dokumentet er publiceret');
    await expectAccessible('ny kilde publiceret');
    const stored = git(tmp.repo, 'show', `main:content/kilder/${KILDE}.yaml`);
    expect(stored).toMatch(/^titel: Årsberetning 2026\n/);
    expect(stored).toContain('url: https://www.eksempel.dk/aarsberetning\n');
    expect(stored).toContain('status: publiceret\n');
    nothingWritten();

    await openView('#/collections/organisationer/new');
    await (await fieldInput(page, 'navn')).waitFor();
    await expectAccessible('ny organisation');
    await expectReflow();
    // Decap leaves the preview frame and the Markdown editor unnamed; src/admin/a11y.ts names them.
    expect(await page.locator('iframe#preview-pane').getAttribute('title')).toBe(PREVIEW_TITLE);
    expect(await page.locator('[data-slate-editor="true"]').getAttribute('aria-label')).toMatch(/^Brødtekst/);
  }, 300_000);

  it('refuses each kind of bad input at the field, in Danish, and writes nothing', async () => {
    await expectRefused('"Navn" skal udfyldes');
    await setText('navn', NAME);
    await setText('resume', 'En forening, der findes til en test af webeditoren.');
    await setText('samarbejde', 'Skriv til foreningen via hjemmesiden.');
    // A new entry starts as a draft, owned by the first role of .github/ejere.yaml, reviewed today.
    expect(await text()).toContain('Udkast');
    expect(await text()).toContain('Redaktionen');
    expect(await (await fieldInput(page, 'sidstGennemgaaet')).inputValue()).toBe(new Date().toISOString().slice(0, 10));
    await choose(page, 'type', 'Frivillig forening');
    await choose(page, 'omraader', 'Region Hovedstaden');
    await choose(page, 'maalgrupper', 'Pårørende');
    await choose(page, 'temaer', 'Frivillighed');
    await choose(page, 'status', 'Publiceret');
    await setText('sidstGennemgaaet', '2026-11-30');
    await setText('naesteGennemgang', '2027-11-30');
    // An unknown reference cannot be given: the relation widget only offers existing entries.
    const kilder = await fieldInput(page, 'kilder');
    await kilder.click();
    await kilder.fill('findes-ikke-som-kilde');
    await page.waitForTimeout(1000);
    expect(await page.locator('[class*="-option"]', { hasText: 'findes-ikke-som-kilde' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await expectRefused('"Kilder" skal udfyldes');
    // The source picker shows title, publisher and year, and says where a new source is made;
    // the source made in the editor above is offered.
    expect(await text()).toContain(NEW_SOURCE_HINT);
    const picker = await fieldInput(page, 'kilder');
    await picker.click();
    await picker.fill(KILDE_TITEL);
    await page.locator('[class*="-option"]', { hasText: /^Årsberetning 2026 – Testforeningen Ærø Østbo Ål, 2026$/ }).first().click();

    // Filled the way a person says them: messages in plain words at the field, no pattern, no mailto:.
    for (const [url, message] of [
      ['javascript:alert(1)', 'Skriv en webadresse uden mellemrum, fx www.eksempel.dk'],
      ['http://www.eksempel.dk/', 'Adressen skal være sikker (https)'],
    ] as const) {
      await setText('hjemmeside', url);
      await expectRefused(message);
    }
    await setText('hjemmeside', 'www.eksempel.dk');
    await setText('mail', 'jens.hansen@eksempel.dk');
    await expectRefused('Skriv en fælles postkasse, ikke en persons adresse');
    await setText('mail', 'info@eksempel.dk');
    await setText('telefon', '33 33 33');
    await expectRefused('Skriv et dansk hovednummer med otte cifre, fx 33 33 33 33');
    await setText('telefon', '33 33 33 33');
    // A wrong check digit is refused at the field, as npm run tjek refuses it.
    await setText('cvr', '12345678');
    await expectRefused('det sidste ciffer passer ikke med de første syv');
    await expectAccessible('ny organisation med fejl ved feltet');
    await setText('cvr', '1234 5674');
    expect(await text()).not.toMatch(/\\d|mailto:|tel:\+|anførselstegn|npm run/);


    for (const [bad, message] of [
      ['<div>Hej</div>', 'har HTML eller en komponent'],
      ['<script>alert(1)</script>', 'har HTML eller en komponent'],
      ['Regnestykket {1 + 1} er kode.', 'krøllet parentes'],
      ['import Noget from "et-sted"', 'begynder med "import" eller "export"'],
      ['Borgerens nummer er 010190-1234.', 'ligner et CPR-nummer'],
    ] as const) {
      await setBody(bad);
      await expectRefused(message);
    }
    // The callout is allowed. "samarbejde" is emptied so this save is refused for that reason alone.
    await setBody('<Bemaerk type="info">Det her er en bemærkning.</Bemaerk>');
    await setText('samarbejde', '');
    await expectRefused('"Samarbejde" skal udfyldes');
    expect(await text()).not.toContain('har HTML eller en komponent');
    await setText('samarbejde', 'Skriv til foreningen via hjemmesiden.');

    await setText('resume', 'Ring til 010190-1234 for at høre mere.');
    await expectRefused('ligner et CPR-nummer');
    await setText('resume', 'En forening, der findes til en test af webeditoren.');

    await setText('samarbejde', 'Ring til Jens på 21 21 21 21.');
    await expectRefused('ligner et mobilnummer');
    await setText('samarbejde', 'Skriv til foreningen via hjemmesiden.');

    // Errors are shown as written, not in capitals.
    await setText('cvr', '1');
    await save();
    const error = page.getByText('Skriv CVR-nummeret som otte cifre, fx 12345674').first();
    expect(await error.evaluate((e) => getComputedStyle(e.closest('ul') ?? e).textTransform)).toBe('none');
    await setText('cvr', '1234 5674');
    await expectAccessible('ny organisation udfyldt');

    const shots = process.env['VB_SCREENSHOTS'];
    if (shots) {
      // The form from its top (name, type, summary) and at the source picker with its hint.
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [field, part] of [['navn', 'top'], ['kilder', 'kilder']] as const) {
          await page.locator(`label[for^="${field}-field-"]`).first().scrollIntoViewIfNeeded();
          await page.locator(`label[for^="${field}-field-"]`).first().evaluate((label) => label.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: join(shots, `27-ny-organisation-${width}-${part}.png`), fullPage: false });
        }
      }
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  }, 300_000);

  it('saves a new organisation as a branch with the slug-rule file name, which tjek and the build accept', async () => {
    await setBody('Foreningen findes kun i denne test.');
    // The preview looks like the entry page: the site's own stylesheet, title, summary and body.
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.locator('h1').textContent()).toBe(NAME);
    expect(await preview.locator('p.lead').textContent()).toBe('En forening, der findes til en test af webeditoren.');
    expect(await preview.locator('.prose').textContent()).toContain('Foreningen findes kun i denne test.');
    expect(await preview.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(/^\/_astro\/[^/]+\.css$/);
    await save();
    await expect.poll(text, { timeout: 20_000 }).toContain('Dokumentet er gemt');
    const branch = `cms/organisationer/${SLUG}`;
    await expect.poll(() => git(tmp.repo, 'branch', '--list', 'cms/*').trim(), { timeout: 20_000 }).toBe(branch);
    expect(slugify(NAME)).toBe(SLUG);
    await expectAccessible('ny organisation gemt');
    // The saved entry waits in the editorial workflow, under the site's Danish status names.
    await openView('#/workflow');
    await expect.poll(text, { timeout: 20_000 }).toContain('Til gennemsyn');
    expect(await text()).toContain('Kladde');
    expect(await text()).toContain('Klar');
    expect(await text()).toContain(NAME);
    await expectAccessible('arbejdsgangen');

    backend.stop();
    git(tmp.repo, 'checkout', '-q', branch);
    const file = join(tmp.repo, 'content/organisationer', `${SLUG}.mdx`);
    expect(existsSync(file)).toBe(true);
    const written = readFileSync(file, 'utf8');
    expect(written).toMatch(/^---\nnavn: Testforeningen Ærø Østbo Ål\n/);
    expect(written).not.toContain('vb_filnavn');
    expect(written).toContain('hjemmeside: https://www.eksempel.dk\n');
    expect(written).toContain('  mail: mailto:info@eksempel.dk\n  telefon: tel:+4533333333\n');
    expect(written).toContain('cvr: "12345674"\n');
    // The pull request's title is the commit message, in Danish.
    expect(git(tmp.repo, 'log', '-1', '--format=%s', branch).trim()).toBe(`Organisation oprettet: ${SLUG}`);

    // The new source came with the branch (published on main before the organisation was saved).
    expect(existsSync(join(tmp.repo, 'content/kilder', `${KILDE}.yaml`))).toBe(true);
    expect(written).toContain(`kilder:\n  - ${KILDE}\n`);
    const result = tjek(join(tmp.repo, 'content'));
    expect(result.output).toMatch(/0 fejl/);
    expect(result.output).not.toContain(SLUG);
    expect(result.output).not.toContain(KILDE);
    expect(result.code).toBe(0);

    const out = join(tmp.dir, 'dist-efter');
    buildCorpus(join(tmp.repo, 'content'), out);
    const pageHtml = readFileSync(join(out, 'organisationer', SLUG, 'index.html'), 'utf8');
    expect(pageHtml).toContain('Testforeningen Ærø Østbo Ål');
    expect(readFileSync(join(out, 'organisationer', 'index.html'), 'utf8')).toContain(`/organisationer/${SLUG}/`);
    expect(readFileSync(join(out, 'kilder', KILDE, 'index.html'), 'utf8')).toContain(`/organisationer/${SLUG}/`);

  }, 300_000);

  it('made no request outside the test servers', () => {
    const allowed = new Set([new URL(site.url).origin, new URL(backend.url).origin]);
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && !allowed.has(new URL(url).origin));
    expect(requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});
