/**
 * The editor's walkthrough, scripted: scaffold a new organisation (and an offer that points at
 * it) with npm run ny in a copy of the content folder, see the lint fail on the placeholders,
 * fill them in, see the lint pass, rename the offer with npm run flyt, then build the copy once
 * and find the organisation on its page, in its list, with its backlink, in the field
 * reference, and the offer's old address redirecting. content/ itself is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const node = resolve(root, 'node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'vidensbasen-gennemgang-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { ...process.env, VIDENSBASEN_CONTENT: content };
const run = (script: string, ...args: string[]) => spawnSync(node, [join(root, 'scripts', script), ...args], { cwd: root, env, encoding: 'utf8' });
const ORG = 'organisationer/foreningen-for-bedre-gennemgang';
const OFFER_OLD = 'tilbud/gennemgangscafe';
const OFFER_NEW = 'tilbud/gennemgangscafe-paa-oesterbro';
const log: Record<string, ReturnType<typeof run>> = {};

/** Replaces the frontmatter fields of an MDX file (and its body) as an editor would. */
function fill(path: string, fields: Record<string, unknown>, body: string) {
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text.split('---\n')[1] ?? '');
  for (const [key, value] of Object.entries(fields)) doc.set(key, value);
  writeFileSync(path, `---\n${String(doc)}---\n\n${body}\n`);
}
const problemsFor = (output: string, id: string) => output.split('\n').filter((line) => line.includes(`${id}.mdx`));

beforeAll(() => {
  cpSync(join(root, 'content'), content, { recursive: true });
  const source = 'visionspapir-region-hovedstaden-2025';
  log['nyOrg'] = run('ny.ts', 'organisationer', 'Foreningen for Bedre Gennemgang', '--dato', '2026-11-22');
  log['nyOffer'] = run('ny.ts', 'tilbud', 'Gennemgangscafé', '--dato', '2026-11-22');
  log['before'] = run('tjek.ts', content);
  fill(join(content, `${ORG}.mdx`), {
    type: 'patientforening', resume: 'Foreningen hjælper redaktører med at gennemgå indhold.', hjemmeside: 'https://www.eksempel.dk/',
    omraader: ['hovedstaden'], maalgrupper: ['patienter'], temaer: ['frivillighed'], samarbejde: 'Skriv til foreningens fælles postkasse.',
    kilder: [source], status: 'publiceret',
  }, '## Kort fortalt\n\nForeningen driver [Gennemgangscaféen](/tilbud/gennemgangscafe/).');
  fill(join(content, `${OFFER_OLD}.mdx`), {
    organisation: 'foreningen-for-bedre-gennemgang', resume: 'En café, hvor man får hjælp.', maalgrupper: ['patienter'], temaer: ['frivillighed'],
    hvor: 'Ikke oplyst', daekning: { omfang: 'ukendt' }, henvisning: 'Kontakt foreningen via dens hjemmeside.', pris: 'Gratis', url: 'https://www.eksempel.dk/cafe/', kilder: [source], status: 'publiceret',
  }, '## Kort fortalt\n\nCaféen er åben for alle.');
  log['after'] = run('tjek.ts', content);
  log['flyt'] = run('flyt.ts', OFFER_OLD, OFFER_NEW);
  log['build'] = spawnSync(node, [join(root, 'scripts/build.mjs'), '--quiet', '--content', content, '--out', dist], { cwd: root, env, encoding: 'utf8' });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('an editor adds an organisation', () => {
  it('npm run ny writes drafts in the copy, never in content/', () => {
    expect(log['nyOrg']?.status).toBe(0);
    expect(log['nyOrg']?.stdout).toContain('(status: udkast)');
    expect(existsSync(join(content, `${ORG}.mdx`))).toBe(true);
    expect(existsSync(join(root, 'content', `${ORG}.mdx`))).toBe(false);
  });

  it('the lint fails on the placeholders, naming each field', () => {
    expect(log['before']?.status).toBe(1);
    const lines = problemsFor(log['before']?.stdout ?? '', 'foreningen-for-bedre-gennemgang');
    for (const field of ['type', 'resume', 'hjemmeside', 'omraader.0', 'maalgrupper.0', 'temaer.0', 'samarbejde', 'kilder.0']) {
      expect(lines.some((l) => l.includes(`[KB001] fejl i "${field}"`)), field).toBe(true);
    }
    expect(lines.some((l) => l.includes('[KB015] fejl: Pladsholderen UDFYLD står stadig i brødteksten.'))).toBe(true);
  });

  it('the lint passes for both files once they are filled in', () => {
    const output = log['after']?.stdout ?? '';
    expect(output).toMatch(/filer tjekket/);
    expect(problemsFor(output, 'foreningen-for-bedre-gennemgang')).toEqual([]);
    expect(problemsFor(output, 'gennemgangscafe')).toEqual([]);
  });

  it('npm run flyt renames the offer and points the organisation\'s link at the new address', () => {
    expect(log['flyt']?.status).toBe(0);
    expect(readFileSync(join(content, `${ORG}.mdx`), 'utf8')).toContain('(/tilbud/gennemgangscafe-paa-oesterbro/)');
    expect(readFileSync(join(content, 'omdirigeringer.yaml'), 'utf8')).toContain('- fra: /tilbud/gennemgangscafe/\n  til: /tilbud/gennemgangscafe-paa-oesterbro/');
  });

  it('the site builds, and the organisation has its page, is on its list and shows its backlink', () => {
    expect(log['build']?.status, log['build']?.stderr).toBe(0);
    expect(html(ORG)).toContain('<h1>Foreningen for Bedre Gennemgang</h1>');
    expect(html('organisationer')).toContain(`href="/${ORG}/"`);
    const backlinks = html(ORG).slice(html(ORG).indexOf('id="henvisninger"'));
    expect(backlinks).toContain('Gennemgangscafé');
    expect(backlinks).toContain(`href="/${OFFER_NEW}/"`);
  });

  it('the field reference offers the new organisation as a value, and the old offer address redirects', () => {
    expect(html('bidrag/felter/tilbud')).toContain('<code>foreningen-for-bedre-gennemgang</code> – Foreningen for Bedre Gennemgang');
    expect(html(OFFER_OLD)).toMatch(new RegExp(`http-equiv="refresh" content="0;url=/${OFFER_NEW}/"`));
    expect(existsSync(join(dist, OFFER_NEW, 'index.html'))).toBe(true);
  });
});
