/**
 * The build and `npm run tjek` reach the same verdict. First, on the guard: the lint reads each
 * body with remark (its reference parser), the build with Sätteri, and the guard rules must say
 * the same on both trees – for every content file and for crafted samples (tests/build/guard-samples.ts),
 * finding for finding, line for line; a guard broken on either side on purpose must be caught.
 * Then, end to end: for each malformed entry, both fail and
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
import { GUARD_RULES } from '../../src/lib/lint/index.ts';
import type { LintRule } from '../../src/lib/lint/types.ts';
import { satteriOptions } from '../../src/plugins/index.ts';
import { GUARD_SAMPLES } from './guard-samples.ts';
import { bodyOf, buildVerdict, disagreements, lintVerdict, rulesOf } from './guard-verdicts.ts';

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

/** Every MDX body of the site, by path (frontmatter blanked as Astro does). */
function contentBodies(): Record<string, string> {
  const bodies: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.mdx')) bodies[path.slice(root.length + 1)] = bodyOf(readFileSync(path, 'utf8'));
    }
  };
  walk(resolve(root, 'content'));
  return bodies;
}

/** A guard rule that has forgotten one of its node types (the bug a port between parsers invites). */
function forgetting(id: string, type: string): LintRule[] {
  return GUARD_RULES.map((rule) => (rule.id === id ? { ...rule, nodeTypes: (rule.nodeTypes ?? []).filter((t) => t !== type) } : rule));
}

/** The same rule, run by the lint on remark's tree but blind to one node type. */
function blind(id: string, type: string): LintRule[] {
  return GUARD_RULES.map((rule) => (rule.id === id ? { ...rule, checkNode: (node, ctx) => (node.type === type ? undefined : rule.checkNode?.(node, ctx)) } : rule));
}

describe('the lint (remark) and the build (Sätteri) give the guard the same verdict', () => {
  it('runs the guard first in the build, with the Sätteri features the differential test uses', () => {
    const [first] = satteriOptions.mdastPlugins ?? [];
    const definition: unknown = typeof first === 'function' ? first({ fileURL: undefined, sourceFormat: 'mdx', source: '', data: {} }) : first;
    expect((definition as { name?: string } | undefined)?.name).toBe('vidensbasen-indholdsvagt');
  });

  it('agrees on every content file, and every content file is accepted', async () => {
    const bodies = contentBodies();
    expect(Object.keys(bodies).length).toBeGreaterThan(50);
    expect(await disagreements(bodies)).toEqual([]);
    for (const [path, body] of Object.entries(bodies)) expect(lintVerdict(body), path).toEqual([]);
  });

  it('agrees finding for finding on every crafted sample, and refuses what it should', async () => {
    expect(await disagreements(GUARD_SAMPLES)).toEqual([]);
    // The samples do test the guard: each rule refuses at least one, and some are accepted.
    const verdicts = await Promise.all(Object.values(GUARD_SAMPLES).map((body) => buildVerdict(body)));
    expect(new Set(verdicts.flatMap(rulesOf))).toEqual(new Set(['KB003', 'KB004', 'KB005', 'KB006', 'KB007', 'KB008', 'KB024']));
    expect(verdicts.filter((v) => v.length === 0).length).toBeGreaterThan(5);
    expect(await buildVerdict(GUARD_SAMPLES['a script element'] ?? '')).toEqual([expect.stringMatching(/^3 \[KB007\] HTML-elementet <script> er ikke tilladt/)]);
  });

  it('reports the sample when the build\'s guard is broken on purpose', async () => {
    // The Sätteri guard no longer subscribes KB007 to block-level JSX: <script> on its own line slips through.
    const found = await disagreements(GUARD_SAMPLES, { build: forgetting('KB007', 'mdxJsxFlowElement') });
    expect(found.map((d) => d.name)).toContain('a script element');
    expect(found.find((d) => d.name === 'a script element')).toMatchObject({ build: [], lint: [expect.stringContaining('[KB007]')] });
  });

  it('reports the sample when the lint\'s side is broken on purpose', async () => {
    // The lint no longer reads reference definitions for KB008; the build still does.
    const found = await disagreements(GUARD_SAMPLES, { lint: blind('KB008', 'definition') });
    expect(found.map((d) => d.name)).toEqual(expect.arrayContaining(['a reference definition with a javascript: address', 'an unused reference definition']));
  });
});

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
