/**
 * The build and `npm run tjek` reach the same verdict: for each malformed entry, both fail and
 * both name the file, and nothing of the entry reaches the output folder. The build runs the same
 * lint beside Astro and publishes only when both succeeded (scripts/build.mjs), so an error the
 * lint refuses is never published,
 * and the lint reads each file's YAML as Astro does, so the two cannot disagree about a value.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/lib/built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const samples = resolve(root, 'tests/fixtures/malformed');
const temp = mkdtempSync(join(tmpdir(), 'vidensbasen-differentiel-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Each malformed sample, the rule that must refuse it, and a marker from its body that must never be published. */
const MALFORMED: Record<string, { rule: string; marker: string }> = {
  'umulig-dato.mdx': { rule: 'KB001', marker: 'MARKOER_UMULIG_DATO' },
  'forkert-type.mdx': { rule: 'KB001', marker: 'MARKOER_FORKERT_TYPE' },
  'dobbelt-noegle.mdx': { rule: 'KB001', marker: 'MARKOER_DOBBELT' },
  'persondata.mdx': { rule: 'KB012', marker: 'MARKOER_PERSONDATA' },
  'usikker-markup.mdx': { rule: 'KB007', marker: 'MARKOER_MARKUP' },
  'brudt-henvisning.mdx': { rule: 'KB002', marker: 'MARKOER_HENVISNING' },
  // YAML the two readers read differently: the strict reader sees text, Astro's sees a Date or
  // stops at an unknown tag. The lint validates Astro's reading (src/lib/astro-reader.ts).
  'to-laesninger.mdx': { rule: 'KB001', marker: 'MARKOER_TO_LAESNINGER' },
  'ukendt-tag.mdx': { rule: 'KB001', marker: 'MARKOER_UKENDT_TAG' },
  // An embedded framework (a paragraph with only a link to /rammer/<id>/): a malformed address, and a ramme that does not exist.
  'ramme-indlejring-anker.mdx': { rule: 'KB026', marker: 'MARKOER_RAMME_ANKER' },
  'ramme-indlejring-ukendt.mdx': { rule: 'KB010', marker: 'MARKOER_RAMME_UKENDT' },
  // A bidirectional override: the reviewer reads "100,00 kr.", the page says "00,001".
  'usynlige-tegn.mdx': { rule: 'KB031', marker: 'MARKOER_USYNLIGE_TEGN' },
};

/**
 * What a pull request from GitHub's own editor or a fork can add that the web editor cannot:
 * each is laid into a copy of the content folder, both gates refuse it by name, and nothing of it
 * is published. `marker` stands in the file, which is valid as an entry in itself.
 */
const CARRIED: Record<string, { rule: string; file: string; marker: string; lay: (content: string, entry: string) => void }> = {
  'a symbolic link to a file outside the repository': {
    rule: 'KB030', file: 'organisationer/udefra.mdx', marker: 'MARKOER_UDEFRA',
    lay: (content, entry) => {
      const outside = join(temp, 'uden-for-repositoryet.mdx');
      writeFileSync(outside, entry.replace('MARKOER_USYNLIGE_TEGN', 'MARKOER_UDEFRA').replace(/[\u202e\u202c]/g, ''));
      symlinkSync(outside, join(content, 'organisationer/udefra.mdx'));
    },
  },
  'an entry in a folder inside a collection': {
    rule: 'KB030', file: 'organisationer/gemt', marker: 'MARKOER_UNDERMAPPE',
    lay: (content, entry) => {
      mkdirSync(join(content, 'organisationer/gemt'), { recursive: true });
      writeFileSync(join(content, 'organisationer/gemt/skjult.mdx'), entry.replace('MARKOER_USYNLIGE_TEGN', 'MARKOER_UNDERMAPPE').replace(/[\u202e\u202c]/g, ''));
    },
  },
  'a page of another kind at the top of content/': {
    rule: 'KB030', file: 'side.html', marker: 'MARKOER_SIDE',
    lay: (content) => writeFileSync(join(content, 'side.html'), '<script>alert("MARKOER_SIDE")</script>'),
  },
};

function contentWith(file: string, name = file.replace('.mdx', '')): string {
  const dir = join(temp, name);
  cpSync(resolve(root, 'tests/fixtures/unsafe/_base'), dir, { recursive: true });
  mkdirSync(join(dir, 'organisationer'), { recursive: true });
  cpSync(join(samples, file), join(dir, 'organisationer', file));
  return dir;
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

function published(dir: string): string {
  if (!existsSync(dir)) return '';
  return builtFiles(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
}


/** `npm run tjek` and `npm run build` both refuse `content` with `rule` at `file`; the published site is untouched. */
function bothRefuse(content: string, file: string, rule: string, marker: string): void {
  const where = new RegExp(`${file.replace(/[.]/g, '\\.')}(:\\d+)? \\[${rule}\\] fejl`);
  const lint = run(['scripts/tjek.ts', content]);
  expect(lint.status).toBe(1);
  expect(lint.log).toMatch(where);

  // The site already published stays as it was, and no half-built staging folder is left.
  const out = join(temp, `dist-${file.replace(/\W+/g, '-')}`);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'FORRIGE_SITE');
  const build = run(['scripts/build.mjs', '--content', content, '--out', out, '--quiet']);
  expect(build.status).toBe(1);
  expect(build.log).toMatch(where);
  expect(build.log).toContain('Byggeriet er stoppet, og intet er publiceret');
  expect(published(out)).not.toContain(marker);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('FORRIGE_SITE');
  expect(existsSync(`${out}.bygges`)).toBe(false);
}

describe('npm run build refuses what npm run tjek refuses', () => {
  it('has a sample for every kind of malformed entry', () => {
    expect(readdirSync(samples).sort()).toEqual(Object.keys(MALFORMED).sort());
  });

  for (const [file, { rule, marker }] of Object.entries(MALFORMED)) {
    it(`${file}: both fail with ${rule}, both name the file, and nothing of it is published`, () => {
      bothRefuse(contentWith(file), `organisationer/${file}`, rule, marker);
    }, 60_000);
  }

  for (const [name, { rule, file, marker, lay }] of Object.entries(CARRIED)) {
    it(`${name}: both fail with ${rule}, both name ${file}, and nothing of it is published`, () => {
      const content = contentWith('usynlige-tegn.mdx', file.replace(/\W+/g, '-'));
      const entry = readFileSync(join(content, 'organisationer/usynlige-tegn.mdx'), 'utf8');
      rmSync(join(content, 'organisationer/usynlige-tegn.mdx'));
      lay(content, entry);
      bothRefuse(content, file, rule, marker);
    }, 60_000);
  }
});
