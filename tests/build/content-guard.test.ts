/**
 * The content guard end to end (docs/sikkerhed.md, R1, R3, R5, R9): each unsafe fixture in
 * tests/fixtures/unsafe/ must make the content lint fail, be refused by Astro's real MDX compile
 * with the site's plugins, and — proven with full builds of a tiny fixture site — fail the build
 * without anything of it reaching the output. One lint run and one compile per fixture keep this
 * fast; two full builds (one MDX body, one frontmatter) prove the wiring of config and schema.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { astroBuildArgs } from '../../scripts/lib/build-log.mjs';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { builtFiles } from '../../src/lib/built-site.ts';
import { slugReference } from '../../src/schemas/shared/reference.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(root, 'tests/fixtures/unsafe');
const SECRET = 'HEMMELIG-FIXTURE-7f3a';

/**
 * Each fixture, the lint rule that must refuse it (the IDs of src/lib/lint) and what must never be
 * published from it. The component fixture must be caught for its attribute expression (KB005),
 * not only for being an unknown component: the expression is the leak (R5).
 */
const UNSAFE: Record<string, { rule: string; leak: RegExp; inBody: boolean }> = {
  'import.mdx': { rule: 'KB004', leak: /FIXTURE_LAEK_IMPORT|readFileSync/, inBody: true },
  'export.mdx': { rule: 'KB004', leak: /FIXTURE_LAEK_EXPORT/, inBody: true },
  'process-env.mdx': { rule: 'KB005', leak: new RegExp(SECRET), inBody: true },
  'komponent-udtryk.mdx': { rule: 'KB005', leak: new RegExp(`${SECRET}|Faktaboks`), inBody: true },
  // The one allowed component is no way in: an expression in its attribute is refused like any other.
  'bemaerk-udtryk.mdx': { rule: 'KB005', leak: new RegExp(`${SECRET}|Foreningen har 40 frivillige`), inBody: true },
  'script.mdx': { rule: 'KB007', leak: /FIXTURE_LAEK_SCRIPT|<script>document/, inBody: true },
  'onerror.mdx': { rule: 'KB007', leak: /FIXTURE_LAEK_ONERROR|onerror/, inBody: true },
  'javascript-link.mdx': { rule: 'KB008', leak: /FIXTURE_LAEK_LINK|javascript:/, inBody: true },
  'javascript-frontmatter.mdx': { rule: 'KB001', leak: /javascript:alert/, inBody: false },
};

const temp = mkdtempSync(join(tmpdir(), 'vidensbasen-vagt-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A content folder with the shared base (a source to cite) and the given fixtures as organisations. */
function contentWith(name: string, files: string[]): string {
  const dir = join(temp, name);
  cpSync(join(fixtures, '_base'), dir, { recursive: true });
  mkdirSync(join(dir, 'organisationer'), { recursive: true });
  for (const file of files) cpSync(join(fixtures, file), join(dir, 'organisationer', file));
  return dir;
}

/** Every file under a folder, as text (the whole output of a build). */
function allText(dir: string): string {
  if (!existsSync(dir)) return '';
  return builtFiles(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
}

/** Compiles an MDX file the way @astrojs/mdx does, with the processor and plugins from astro.config.mjs. */
async function compileLikeAstro(file: string): Promise<string> {
  const processor = config.markdown?.processor;
  if (!processor?.createMdxRenderer) throw new Error('astro.config.mjs har ingen Markdown-processor med MDX-understøttelse');
  const renderer = await processor.createMdxRenderer({}, { srcDir: new URL(`file://${root}/src/`), sourcemap: false, optimize: false });
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-lines' });
  const { code } = await renderer.process(content, file, frontmatter);
  return code;
}

/**
 * Astro's own build, without the lint that `npm run build` runs first (tests/build/differential.test.ts
 * covers that gate): this proves the second layer, the guard inside the MDX compile and the schema.
 */
function build(contentDir: string, out: string) {
  const result = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), ...astroBuildArgs(out)], {
    cwd: root,
    encoding: 'utf8',
    // vitest's DEV/MODE would leak into import.meta.env, as scripts/build.mjs explains; a build is production.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(key))), VIDENSBASEN_FIXTURE_SECRET: SECRET, VIDENSBASEN_CONTENT: contentDir, NODE_ENV: 'production' },
    timeout: 180_000,
  });
  return { status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

/**
 * The full builds: a fixture site with one unsafe file must fail, name the file or field and the rule,
 * keep the secret out of its log and publish nothing of the file. Two MDX bodies prove the guard
 * inside the compile, one frontmatter the schema.
 */
const BUILDS: { what: string; file: keyof typeof UNSAFE; says: (string | RegExp)[] }[] = [
  // Refused by the guard while compiling (its rule id in the log), not by a render error after the expression ran.
  { what: 'an allowed-looking component fed {process.env…}', file: 'komponent-udtryk.mdx', says: [/komponent-udtryk\.mdx/, '[KB005]'] },
  { what: 'the one allowed component, <Bemaerk>, fed {process.env…}', file: 'bemaerk-udtryk.mdx', says: [/bemaerk-udtryk\.mdx/, '[KB005]'] },
  { what: 'a javascript: URL in the frontmatter', file: 'javascript-frontmatter.mdx', says: [/hjemmeside/] },
];

describe('the content guard, end to end', () => {
  it('has a fixture for every unsafe pattern it guards against', () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.mdx')).sort();
    expect(files).toEqual(Object.keys(UNSAFE).sort());
  });

  it('npm run tjek fails on a content folder with the fixtures and names every one of them', () => {
    const dir = contentWith('alle', Object.keys(UNSAFE));
    const result = spawnSync(process.execPath, ['scripts/tjek.ts', dir], { cwd: root, encoding: 'utf8', env: { ...process.env, VIDENSBASEN_FIXTURE_SECRET: SECRET } });
    expect(result.status).toBe(1);
    const errorLines = result.stdout.split('\n').filter((line) => /\bKB\d{3}\b/.test(line) && /fejl/i.test(line));
    for (const [file, { rule }] of Object.entries(UNSAFE)) {
      const hit = errorLines.some((line) => line.includes(`organisationer/${file}`) && line.includes(`[${rule}]`));
      expect(hit, `ingen ${rule}-fejl for ${file}`).toBe(true);
    }
    // The lint reads content; it never runs it, so the secret cannot appear in its output.
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });

  it('the frontmatter schema only accepts https links (javascript: is refused)', async () => {
    const { frontmatter } = parseFrontmatter(readFileSync(join(fixtures, 'javascript-frontmatter.mdx'), 'utf8'));
    expect(organisationSchema(slugReference).safeParse({ ...frontmatter, hjemmeside: 'https://eksempel.dk/' }).success).toBe(true);
    const parsed = organisationSchema(slugReference).safeParse(frontmatter);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues.map((i) => i.path))).toContain('hjemmeside');
  });

  for (const [file, { rule }] of Object.entries(UNSAFE).filter(([, f]) => f.inBody)) {
    it(`Astro's MDX compile with the site's plugins refuses ${file} (${rule})`, async () => {
      // The refusal must come from the guard's rule, not from some other compile error.
      await expect(compileLikeAstro(join(fixtures, file))).rejects.toThrow(`[${rule}]`);
    });
  }

  it.each(BUILDS)('a build with $what fails and publishes nothing of it', ({ file, says }) => {
    const name = file.replace(/\.mdx$/, '');
    const out = join(temp, `dist-${name}`);
    const { status, log } = build(contentWith(name, [file]), out);
    expect(status).toBe(1);
    for (const said of says) expect(log).toMatch(said);
    expect(log).not.toContain(SECRET);
    expect(allText(out)).not.toMatch(UNSAFE[file]!.leak);
  }, 200_000);
});
