/**
 * An embedded framework shows the ramme's current data: a small corpus with one ramme and three
 * entries that embed it (a guide, an organisation, an offer) is built, the ramme's title, art and
 * summary are changed, and the second build – warm, with the MDX cache of the first – shows the
 * new data on every embedding page and nothing of the old.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { VALID } from '../unit/schemas/fixtures.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vidensbasen-ramme-indlejring-'));
const content = join(work, 'content');
const SOURCE = 'visionspapir-region-hovedstaden-2025';
const RAMME = 'rammer/frivillige-supplerer-personalet';
const EMBEDDING = ['vejledninger/frivillige-paa-afdelingen', 'organisationer/hjerteforeningen', 'tilbud/patientstoetter'];
const EMBED = `[Se rammen](/${RAMME}/)`;

const OLD = { titel: 'Frivillige supplerer personalet (gammel titel)', art: 'boer', resume: 'Den gamle opsummering af rammen.' };
const NEW = { titel: 'Frivillige supplerer og erstatter ikke personalet', art: 'maa-ikke', resume: 'Den nye opsummering af rammen.' };

const mdx = (data: object, body: string) => `---\n${stringify(data)}---\n\n${body}\n`;
function write(path: string, text: string) {
  mkdirSync(join(content, path, '..'), { recursive: true });
  writeFileSync(join(content, path), text);
}
function writeRamme(fields: typeof OLD) {
  write(`${RAMME}.mdx`, mdx({ ...VALID.rammer, ...fields, situationer: [] }, `## Kort fortalt\n\nFrivillige arbejder ved siden af personalet.[^1]\n\n[^1]: ${SOURCE}, afsnit "Baggrund"`));
}

const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(key)));
function build(out: string) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet', '--content', content, '--out', join(work, out)], {
    cwd: root, encoding: 'utf8', env: { ...env, VIDENSBASEN_CACHE_DIR: join(work, 'cache') }, timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`Byggeriet fejlede:\n${result.stdout}\n${result.stderr}`);
}
const page = (out: string, key: string) => readFileSync(join(work, out, key, 'index.html'), 'utf8');
/** The embed box on a page, as built. */
const box = (html: string) => /<div class="ramme-indlejring[^"]*"[^>]*>[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';

beforeAll(() => {
  write(`kilder/${SOURCE}.yaml`, stringify(VALID.kilder));
  writeRamme(OLD);
  const body = (intro: string) => `## Kort fortalt\n\n${intro}\n\n${EMBED}\n`;
  write(`${EMBEDDING[0]}.mdx`, mdx({ ...VALID.vejledninger, relateret: { rammer: ['frivillige-supplerer-personalet'] } }, body('Frivillige på afdelingen arbejder efter rammen her:')));
  write(`${EMBEDDING[1]}.mdx`, mdx(VALID.organisationer, body('Foreningens frivillige arbejder efter rammen her:')));
  write(`${EMBEDDING[2]}.mdx`, mdx(VALID.tilbud, body('Patientstøtterne arbejder efter rammen her:')));
  build('dist-foer');
  writeRamme(NEW);
  build('dist-efter');
}, 700_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a ramme embedded in guides, organisations and offers', () => {
  it('shows the ramme’s title as a link, its art and its summary on every embedding page', () => {
    for (const key of EMBEDDING) {
      const embed = box(page('dist-foer', key));
      expect(embed, key).toContain(`<a href="/${RAMME}/">${OLD.titel}</a>`);
      expect(embed, key).toContain('Ramme · Bør');
      expect(embed, key).toContain(OLD.resume);
      expect(page('dist-foer', key), key).not.toContain('Se rammen');
    }
  });

  it('shows the changed title, art and summary on every embedding page after a rebuild, and nothing of the old', () => {
    for (const key of EMBEDDING) {
      const html = page('dist-efter', key);
      expect(box(html), key).toContain(`<a href="/${RAMME}/">${NEW.titel}</a>`);
      expect(box(html), key).toContain('Ramme · Må ikke');
      expect(box(html), key).toContain(NEW.resume);
      expect(html, key).not.toContain(OLD.titel);
      expect(html, key).not.toContain(OLD.resume);
    }
  });
});
