/**
 * A council's area, built: a copy of content/ gets a fixture organisation covering the whole
 * region and a fixture offer in one of Amager og Vestegnen's kommuner, and the copy is built
 * once. The council page then lists local, regional, national and online entries, each with its
 * reason, and its CSV (semicolon, BOM) and JSON hold the same entries; the JSON's HSDS services
 * carry the coverage as service_areas. content/ itself is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseCsv } from './data-support.ts';

const root = resolve(import.meta.dirname, '../..');
const node = resolve(root, 'node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'vidensbasen-omraade-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const COUNCIL = 'sundhedsraad-amager-og-vestegnen';
const meta = { status: 'publiceret', ejer: 'Redaktionen', sidstGennemgaaet: '2026-12-07', naesteGennemgang: '2027-06-07' };
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  cpSync(join(root, 'content'), content, { recursive: true });
  writeFileSync(join(content, 'organisationer/regionsforeningen-for-proever.mdx'), `---\n${stringify({
    navn: 'Regionsforeningen for Prøver', type: 'frivillig-forening', resume: 'En forening, der findes i testen.', hjemmeside: 'https://www.eksempel.dk/',
    omraader: ['oestdanmark'], maalgrupper: ['patienter'], temaer: ['frivillighed'], samarbejde: 'Skriv til foreningen.',
    daekning: { omfang: 'region', grundlag: 'Testens egen oplysning.' }, kilder: ['visionspapir-region-hovedstaden-2025'], ...meta,
  })}---\n\n## Kort fortalt\n\nForeningen findes kun i testen.\n`);
  writeFileSync(join(content, 'tilbud/proevecafeen-i-hvidovre.mdx'), `---\n${stringify({
    titel: 'Prøvecaféen i Hvidovre', organisation: 'regionsforeningen-for-proever', resume: 'En café i testen.', maalgrupper: ['patienter'], temaer: ['frivillighed'],
    hvor: 'Ikke oplyst', henvisning: 'Kontakt foreningen.', pris: 'Gratis', url: 'https://www.eksempel.dk/cafe/',
    daekning: { omfang: 'kommuner', kommuner: ['Hvidovre'], grundlag: 'Adressen har postnummer 2650, som kun ligger i Hvidovre Kommune.' },
    kilder: ['visionspapir-region-hovedstaden-2025'], ...meta,
  })}---\n\n## Kort fortalt\n\nCaféen findes kun i testen.\n`);
  build = spawnSync(node, [join(root, 'scripts/build.mjs'), '--quiet', '--content', content, '--out', dist], { cwd: root, env: { ...process.env, VIDENSBASEN_CONTENT: content }, encoding: 'utf8' });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The council page's groups: heading (without the count) → the entries' link paths and reasons. */
function groups(html: string): Record<string, { href: string; grund: string }[]> {
  const section = html.slice(html.indexOf('id="omraade-data"'), html.indexOf('</section>', html.indexOf('id="omraade-data"')));
  const result: Record<string, { href: string; grund: string }[]> = {};
  for (const part of section.split('<h3').slice(1)) {
    const heading = /id="omraade-[a-z]+"[^>]*>([^<(]+)/.exec(part)?.[1]?.trim() ?? '';
    result[heading] = [...part.matchAll(/<li><a href="([^"]+)"[^>]*>[^<]*<\/a>.*?<span class="grund"[^>]*>– ([^<]+)<\/span>/g)].map((m) => ({ href: m[1]!, grund: m[2]!.trim() }));
  }
  return result;
}

describe('a council area built from a corpus with local, regional, national and online entries', () => {
  it('builds', () => {
    expect(build.status, String(build.stderr)).toBe(0);
  });

  it('the council page lists each group with its entries and each entry\'s reason', () => {
    const g = groups(file(`sundhedsraad/${COUNCIL}/index.html`));
    expect(Object.keys(g)).toEqual(['Lokalt i rådets kommuner', 'Hele regionen', 'Hele landet', 'Online']);
    expect(g['Lokalt i rådets kommuner']).toContainEqual({ href: '/tilbud/proevecafeen-i-hvidovre/', grund: 'Arbejder i Hvidovre, som hører til sundhedsrådets område.' });
    expect(g['Lokalt i rådets kommuner']).toContainEqual({ href: '/organisationer/roede-kors-hovedstaden/', grund: 'Arbejder i Tårnby og Dragør, som hører til sundhedsrådets område.' });
    expect(g['Hele regionen']).toEqual([{ href: '/organisationer/regionsforeningen-for-proever/', grund: 'Dækker hele Region Østdanmark.' }]);
    expect(g['Hele landet']!.length).toBeGreaterThan(0);
    expect(g['Hele landet']!.every((m) => m.grund === 'Dækker hele landet.')).toBe(true);
    expect(g['Online']!.map((m) => m.href)).toContain('/tilbud/frivilligjob-dk/');
  });

  it('the area CSV opens in Danish Excel settings (BOM, semicolons) and has one row per entry of the JSON, with the same groups', () => {
    const raw = file(`data/sundhedsraad/${COUNCIL}.csv`);
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const [header = [], ...rows] = parseCsv(raw.slice(1));
    const col = (name: string) => header.indexOf(name);
    expect(col('Gruppe')).toBeGreaterThan(-1);
    const json = JSON.parse(file(`data/sundhedsraad/${COUNCIL}.json`)) as Record<string, { gruppe: { navn: string }; post?: { id: string }; id?: string }[]>;
    const fromJson = ['enheder', 'eksempler', 'organisationer', 'tilbud'].flatMap((k) => (json[k] ?? []).map((m) => `${m.post?.id ?? m.id}|${m.gruppe.navn}`)).sort();
    expect(rows.map((r) => `${r[col('Id')]}|${r[col('Gruppe')]}`).sort()).toEqual(fromJson);
    expect(rows.find((r) => r[col('Navn')] === 'Prøvecaféen i Hvidovre')?.[col('Dækning')]).toBe('Bestemte kommuner: Hvidovre');
  });

  it('the JSON carries the coverage as HSDS service_areas and the grundlag, and the kommune page lists the offer', () => {
    const json = JSON.parse(file(`data/sundhedsraad/${COUNCIL}.json`)) as { tilbud: { post: { name: string; service_areas: { name: string; description?: string }[]; vidensbasen: { daekning: { grundlag?: string } } } }[] };
    const cafe = json.tilbud.find((t) => t.post.name === 'Prøvecaféen i Hvidovre')!;
    expect(cafe.post.service_areas.map((a) => a.name)).toEqual(['Ikke oplyst', 'Hvidovre Kommune']);
    expect(cafe.post.vidensbasen.daekning.grundlag).toBe('Adressen har postnummer 2650, som kun ligger i Hvidovre Kommune.');
    expect(file('tilbud/omraade/hvidovre/index.html')).toContain('href="/tilbud/proevecafeen-i-hvidovre/"');
    expect(file('tilbud/omraade/koege/index.html')).not.toContain('href="/tilbud/proevecafeen-i-hvidovre/"');
  });
});
