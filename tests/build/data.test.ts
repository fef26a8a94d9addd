import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { entries, files, ids, of, published } from '../unit/content/corpus.ts';
import { validator } from '../unit/data/ajv.ts';
import { officialValidator } from '../unit/data/hsds-official.ts';
import { distFile, distJson, parseCsv, sitePath } from './data-support.ts';
import { builtPages, readPage } from './support.ts';

interface ExportFile { $schema: string; antal: number; poster: { slug?: string; vidensbasen?: { slug: string } }[] }
const DATASETS = ['organisationer', 'tilbud', 'eksempler', 'rammer', 'sundhedsraad'] as const;
const councils = of('sundhedsraad').map((e) => e.file.id);
const slugOf = (p: ExportFile['poster'][number]) => p.slug ?? p.vidensbasen!.slug;
const ajv = validator();
const validateAgainstPublished = (data: { $schema: string }) => {
  const schema = distJson(sitePath(data.$schema));
  const validate = ajv.getSchema(String(schema['$id'])) ?? ajv.compile(schema);
  return { ok: validate(data), errors: JSON.stringify(validate.errors?.slice(0, 3)) };
};

describe('collection exports in dist/data/', () => {
  it.each(DATASETS)('%s.json validates against the JSON Schema it names (ajv)', (name) => {
    const data = distJson<ExportFile>(`/data/${name}.json`);
    expect(sitePath(data.$schema)).toBe(`/data/skema/eksport/${name}.schema.json`);
    const { ok, errors } = validateAgainstPublished(data);
    expect(ok, errors).toBe(true);
  });

  it.each([['organisationer', 'organization'], ['tilbud', 'service']])('every record in %s.json validates against the released HSDS 3.0 %s.json', (name, object) => {
    const validate = officialValidator()(object);
    const { poster } = distJson<ExportFile>(`/data/${name}.json`);
    expect(poster.length).toBeGreaterThan(0);
    const failing = poster.filter((record) => !validate(record)).map((record) => `${slugOf(record)}: ${JSON.stringify(validate(record) ? [] : validate.errors?.slice(0, 2))}`);
    expect(failing).toEqual([]);
  });

  it.each(DATASETS)('%s.json holds exactly the published entries, and "antal" counts them', (name) => {
    const data = distJson<ExportFile>(`/data/${name}.json`);
    const expected = of(name).map((e) => `${name}/${e.file.id}`).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(data.poster.map(slugOf).sort()).toEqual(expected);
    expect(data.antal).toBe(expected.length);
  });

  it.each(DATASETS)('%s.csv is UTF-8 with BOM, ; and CRLF, one row per published entry', (name) => {
    const bytes = distFile(`/data/${name}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toContain(';');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(^|[^"])\n(?![^"]*")/);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(of(name).length + 1);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([rows[0]!.length]));
  });

  it('writes æ, ø and å as UTF-8 bytes in the CSV files', () => {
    const all = Buffer.concat(DATASETS.map((n) => distFile(`/data/${n}.csv`)));
    for (const letter of [[0xc3, 0xa6], [0xc3, 0xb8], [0xc3, 0xa5]]) expect(all.includes(Buffer.from(letter))).toBe(true);
    expect(all.includes(Buffer.from('Målgrupper', 'latin1'))).toBe(false);
  });

  it('never contains a draft, an owner, body text or a personal mailbox', () => {
    const text = DATASETS.map((n) => distFile(`/data/${n}.json`).toString('utf8')).join('\n');
    const drafts = entries.filter((e) => e.data.status !== 'publiceret');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(text).not.toContain(`"${d.file.collection}/${d.file.id}"`);
    expect(text).not.toMatch(/"ejer"/);
    // A body line that is in no typed field (bodies often repeat a summary) must not be exported.
    const typed = JSON.stringify(published.map((e) => e.data));
    let checked = 0;
    for (const entry of published.filter((e) => e.file.body.trim())) {
      for (const line of entry.file.body.split('\n').map((l) => l.trim().slice(0, 60)).filter((l) => /^[A-ZÆØÅ][^[\]()*]{59}$/.test(l) && !typed.includes(l))) {
        expect(text, entry.file.path).not.toContain(line);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const mails = [...text.matchAll(/"email": "([^"]+)"/g)].map((m) => m[1]!.split('@')[0]);
    for (const local of mails) expect(local).toMatch(/^(info|kontakt|post|mail|sekretariat|sekretariatet|administration|presse|frivillig|frivillige|civilsamfund|samarbejde|hovedpostkasse|raadgivning|kundeservice)$/);
  });
});

describe('council area exports', () => {
  /**
   * What a council's area holds, computed here from the content without the export code: entries
   * whose coverage names one of the council's kommuner (as its file lists them) or covers the
   * region, the country or online; and, for entries without a known coverage, what references
   * the council (units, their examples, those examples' organisations and their offers).
   */
  function expectedArea(council: string) {
    const raad = of('sundhedsraad').find((r) => r.file.id === council)!;
    const kommuner: readonly string[] = raad.data.kommuner;
    type Cov = { omfang: string; kommuner?: string[] } | undefined;
    const cov = (e: { data: object }) => (e.data as { daekning?: Cov }).daekning;
    const byCoverage = (e: { data: object }) => {
      const d = cov(e);
      return d !== undefined && (['region', 'land', 'online'].includes(d.omfang) || (d.omfang === 'kommuner' && (d.kommuner ?? []).some((k) => kommuner.includes(k))));
    };
    const known = (e: { data: object }) => { const d = cov(e); return d !== undefined && !['ukendt', 'uden-for-regionen'].includes(d.omfang); };
    const refUnits = of('enheder').filter((u) => ids(u.data.sundhedsraad).includes(council)).map((u) => u.file.id);
    const refExamples = of('eksempler').filter((e) => ids(e.data.sundhedsraad).includes(council) || ids(e.data.enheder).some((u) => refUnits.includes(u)));
    const refOrgs = of('organisationer').filter((o) => !known(o) && refExamples.some((e) => ids(e.data.organisationer).includes(o.file.id))).map((o) => o.file.id);
    const units = of('enheder').filter((u) => byCoverage(u) || (!known(u) && refUnits.includes(u.file.id))).map((u) => u.file.id);
    const examples = of('eksempler').filter((e) => byCoverage(e) || (!known(e) && refExamples.includes(e))).map((e) => e.file.id);
    const orgs = of('organisationer').filter((o) => byCoverage(o) || refOrgs.includes(o.file.id)).map((o) => o.file.id);
    const offers = of('tilbud').filter((t) => byCoverage(t) || (!known(t) && refOrgs.includes(ids(t.data.organisation)[0]!))).map((t) => t.file.id);
    return { enheder: units.sort(), eksempler: examples.sort(), organisationer: orgs.sort(), tilbud: offers.sort() };
  }

  it.each(councils)('%s: the export holds exactly the entries that reference the council (and what they lead to)', (council) => {
    const data = distJson<Record<string, { slug?: string; post?: { slug?: string; vidensbasen?: { slug: string } } }[]> & { $schema: string }>(`/data/sundhedsraad/${council}.json`);
    const { ok, errors } = validateAgainstPublished(data);
    expect(ok, errors).toBe(true);
    const got = (key: string) => data[key]!.map((m) => (m.slug ?? m.post!.slug ?? m.post!.vidensbasen!.slug).split('/')[1]).sort();
    const expected = expectedArea(council);
    expect({ enheder: got('enheder'), eksempler: got('eksempler'), organisationer: got('organisationer'), tilbud: got('tilbud') }).toEqual(expected);
    const rows = parseCsv(distFile(`/data/sundhedsraad/${council}.csv`).subarray(3).toString('utf8'));
    expect(rows.length - 1).toBe(Object.values(expected).flat().length);
  });

  it.each(councils)('%s: the council page has the area section, download links and, when there are entries, an accessible chart with a table', (council) => {
    const html = readPage(`/sundhedsraad/${council}/`);
    expect(html).toContain('id="omraade-data"');
    expect(html).toContain(`href="/data/sundhedsraad/${council}.csv"`);
    expect(html).toContain(`href="/data/sundhedsraad/${council}.json"`);
    const area = expectedArea(council);
    if (area.eksempler.length + area.organisationer.length + area.tilbud.length > 0) {
      expect(html).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="temaer-diagram-title temaer-diagram-desc"/);
      expect(html).toMatch(/<title id="temaer-diagram-title">/);
      expect(html).toMatch(/<desc id="temaer-diagram-desc">/);
      expect(html).toMatch(/<th scope="row">[^<]+<\/th><td>\d+<\/td>/);
    } else {
      expect(html).toContain('Der er endnu ingen poster, der er knyttet til dette sundhedsråd.');
    }
  });
});

describe('frontmatter JSON Schemas in dist/data/skema/', () => {
  it.each(COLLECTIONS.keys)('every %s file validates against the published schema for editors', (collection) => {
    const validate = validator().compile(distJson(`/data/skema/${collection}.schema.json`));
    const mine = files.filter((f) => f.collection === collection && f.syntaxErrors.length === 0);
    for (const file of mine) {
      // YAML reads unquoted dates as Date objects; editors' YAML tools see the text ÅÅÅÅ-MM-DD.
      const data = JSON.parse(JSON.stringify(file.data), (_key, v) => (/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v));
      expect(validate(data), `${file.path}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
  });
});

describe('Atom feed /nyt.atom', () => {
  const xml = distFile('/nyt.atom').toString('utf8');
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
  const entriesOf = [feed.entry ?? []].flat() as Record<string, unknown>[];
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const absolute = (href: string) => /^https?:$/.test(new URL(href).protocol);

  it('is well-formed XML in the Atom namespace with the required feed elements', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:/);
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toBeTruthy();
    const links = [feed.link].flat() as Record<string, string>[];
    expect(links.find((l) => l['@_rel'] === 'self')!['@_href']).toMatch(/\/nyt\.atom$/);
    for (const l of links) expect(absolute(l['@_href']!)).toBe(true);
  });

  it('has up to 50 published entries, each with id, title, absolute link and RFC 3339 dates, newest first', () => {
    const candidates = published.filter((e) => e.file.collection !== 'kilder').length;
    expect(entriesOf).toHaveLength(Math.min(50, candidates));
    const pages = new Set(builtPages());
    const times = entriesOf.map((e) => Date.parse(String(e['updated'])));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const entry of entriesOf) {
      expect(String(entry['id'])).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(String(entry['title'])).not.toBe('');
      expect(String(entry['updated'])).toMatch(RFC3339);
      const href = (entry['link'] as Record<string, string>)['@_href']!;
      expect(absolute(href)).toBe(true);
      expect(pages.has(sitePath(href))).toBe(true);
    }
  });

  it('is linked from the home page, in the head and visibly', () => {
    const home = readPage('/');
    expect(home).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/nyt\.atom"/);
    expect(home).toMatch(/<a href="\/nyt\.atom"[^>]*>[^<]+<\/a>/);
  });
});

describe('/data/ page', () => {
  it('documents every data set with its files, fields and columns, and links every schema', () => {
    const html = readPage('/data/');
    for (const name of DATASETS) {
      for (const path of [`/data/${name}.json`, `/data/${name}.csv`, `/data/skema/eksport/${name}.schema.json`]) expect(html).toContain(`href="${path}"`);
    }
    for (const collection of COLLECTIONS.keys) expect(html).toContain(`href="/data/skema/${collection}.schema.json"`);
    expect(html).toContain('<code>organization_identifiers[].identifier</code>');
    expect(html).toContain('yaml-language-server: $schema=');
    expect(html).toContain('href="/nyt.atom"');
  });
});
