/**
 * Who is behind the site (DKFDS): the header names the solution and the authority, the footer the
 * authority's contact details and the privacy page. The real build runs without the owner's
 * settings, so the footer must show each missing detail as a marked placeholder (listed here, never
 * silent); one more build with every setting proves they reach every page, the logo and the data.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHORITY, DATA_LICENSE, missingAuthorityFields } from '../../src/lib/authority.ts';
import { SITE } from '../../src/lib/site.ts';
import { UI } from '../../src/lib/ui.ts';
import { readerPages, readPage } from './support.ts';
import { tempDir } from '../support/temp.ts';

const root = resolve(import.meta.dirname, '../..');
const headerOf = (html: string) => /<header class="site-header">[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
const footerOf = (html: string) => /<footer class="site-footer">[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('identity on the real build (no owner settings)', () => {
  const pages = readerPages();

  it('names the solution and the responsible authority in the header of every page', () => {
    for (const path of pages) {
      const header = text(headerOf(readPage(path)));
      expect(header, path).toContain(SITE.name);
      expect(header, path).toContain(`${UI.identity.publishedBy} ${AUTHORITY.navn}`);
    }
  });

  it('shows every missing contact detail in the footer as a marked placeholder, and lists them', () => {
    const missing = missingAuthorityFields();
    const footer = footerOf(readPage('/'));
    for (const { field, label } of missing) {
      expect(footer).toContain(`data-myndighed-mangler="${field}">${UI.identity.missing(label)}</mark>`);
    }
    expect(footer.match(/data-myndighed-mangler=/g)?.length ?? 0).toBe(missing.length);
    if (missing.length > 0) {
      // Not a failure (only the owner can give these), but never silent.
      console.warn(`Sidefoden mangler oplysninger om myndigheden. Sæt dem ved bygning:\n${missing.map((m) => `  - ${m.variable}: ${m.label}`).join('\n')}`);
    }
  });

  it('links the accessibility statement and the privacy page from every footer', () => {
    for (const path of pages) {
      const footer = footerOf(readPage(path));
      expect(footer, path).toContain('<a href="/tilgaengelighed/">Tilgængelighedserklæring</a>');
      expect(footer, path).toContain(`<a href="/privatliv/">${UI.footer.privacy}</a>`);
    }
  });

  it('/privatliv/ says plainly what the site stores: nothing', () => {
    const page = text(readPage('/privatliv/'));
    expect(page).toContain('Vidensbasen sætter ingen cookies');
    expect(page).toMatch(/local storage.+session storage/);
    expect(page).toContain('afhænger af den tjeneste, Vidensbasen ligger hos');
  });

  it('without a logo there is no logo image, only the text', () => {
    expect(AUTHORITY.logo).toBeUndefined();
    expect(headerOf(readPage('/'))).not.toContain('<img');
    expect(existsSync(join(root, 'dist/myndighed'))).toBe(false);
  });

  it('states the data licence on /data/ and in the feed', () => {
    expect(readPage('/data/')).toMatch(new RegExp(`<a href="${DATA_LICENSE.url}"[^>]*>${DATA_LICENSE.navn}`));
    const feed = readFileSync(join(root, 'dist/nyt.atom'), 'utf8');
    expect(feed).toContain(`<rights type="text">${UI.data.licenseRights(DATA_LICENSE.navn, DATA_LICENSE.url)}</rights>`);
  });
});

describe('identity with every owner setting (a separate build)', () => {
  const out = tempDir('vidensbasen-identitet-');
  const env = {
    MYNDIGHED_NAVN: 'Testregion',
    MYNDIGHED_URL: 'https://www.testregion.example/',
    MYNDIGHED_ADRESSE: 'Testvej 1, 9999 Testby',
    MYNDIGHED_TELEFON: '+45 00 00 00 00',
    MYNDIGHED_MAIL: 'kontakt@testregion.example',
    MYNDIGHED_LOGO: 'tests/fixtures/identity/logo.svg',
    DATA_LICENS_NAVN: 'CC0 1.0',
    DATA_LICENS_URL: 'https://creativecommons.org/publicdomain/zero/1.0/deed.da',
  };
  // The build runs when the tests run, not while vitest collects them (a failed collection names no test).
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out, '--quiet'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 300_000 });
  }, 300_000);
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  it('builds', () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it.each(['/', '/organisationer/', '/vejledninger/frivillige-paa-afdelingen/', '/privatliv/'])('%s shows the configured authority in header and footer', (path) => {
    const header = headerOf(page(path));
    expect(header).toContain('<a class="myndighed-logo" href="https://www.testregion.example/"><img src="/myndighed/logo.svg" alt="Testregion forside" height="32"></a>');
    expect(text(header)).toContain('Vidensbasen');
    const footer = footerOf(page(path));
    expect(text(footer)).toContain('Testregion');
    expect(text(footer)).toContain('Adresse: Testvej 1, 9999 Testby');
    expect(footer).toContain('<a href="tel:+4500000000">+45 00 00 00 00</a>');
    expect(footer).toContain('<a href="mailto:kontakt@testregion.example">kontakt@testregion.example</a>');
    expect(footer).toContain('<a href="https://www.testregion.example/">testregion.example</a>');
    expect(footer).not.toContain('data-myndighed-mangler');
  });

  it('publishes the logo as given, and the licence in the exports and the feed', () => {
    expect(readFileSync(join(out, 'myndighed/logo.svg'), 'utf8')).toBe(readFileSync(join(root, env.MYNDIGHED_LOGO), 'utf8'));
    const data = JSON.parse(readFileSync(join(out, 'data/organisationer.json'), 'utf8'));
    expect(data.licens).toEqual({ navn: 'CC0 1.0', url: env.DATA_LICENS_URL });
    expect(readFileSync(join(out, 'nyt.atom'), 'utf8')).toContain('<rights type="text">Data fra Vidensbasen må genbruges under CC0 1.0');
  });
});
