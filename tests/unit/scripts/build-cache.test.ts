import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDir, buildCacheKey, KEY_FILE, prepareCache, recordCache } from '../../../scripts/lib/build-cache.ts';
import { pruneMdxCache, withMdxCache } from '../../../scripts/lib/mdx-cache.ts';
import { compareDist } from '../../../scripts/bench/compare-dist.ts';

const temp = mkdtempSync(join(tmpdir(), 'vidensbasen-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A tiny project with every kind of key source. */
function project(name: string) {
  const root = join(temp, name);
  for (const [path, text] of Object.entries({
    'src/plugins/remark-x.ts': 'export const x = 1;',
    'src/schemas/tilbud.ts': 'export const s = 1;',
    'src/lib/ui.ts': 'export const UI = {};',
    'src/content.config.ts': 'export const collections = {};',
    'astro.config.mjs': 'export default {};',
    'package-lock.json': '{}',
    'src/pages/index.astro': '<p>side</p>',
  })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the build cache key (scripts/lib/build-cache.ts)', () => {
  it('changes when a plugin, a schema, a library, the config, the lockfile or the content folder changes, and only then', () => {
    const root = project('key');
    const key = () => buildCacheKey(root, join(root, 'content'));
    const first = key();
    expect(key()).toBe(first);
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>en anden side</p>');
    expect(key()).toBe(first);
    expect(buildCacheKey(root, join(root, 'andet-korpus'))).not.toBe(first);
    const seen = new Set([first]);
    for (const file of ['src/plugins/remark-x.ts', 'src/schemas/tilbud.ts', 'src/lib/ui.ts', 'astro.config.mjs', 'package-lock.json']) {
      writeFileSync(join(root, file), `// ændret\n`);
      const changed = key();
      expect(seen.has(changed), file).toBe(false);
      seen.add(changed);
    }
    writeFileSync(join(root, 'src/plugins/rehype-ny.ts'), 'export const y = 2;');
    expect(seen.has(key())).toBe(false);
  });

  it('keeps the cache only when the key matches, and otherwise removes the whole folder', () => {
    const cache = join(temp, 'cache');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'data-store.json'), '{}');
    expect(prepareCache(cache, 'a')).toMatchObject({ keep: false, reason: expect.stringMatching(/ingen nøgle/) });
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'data-store.json'), '{}');
    recordCache(cache, 'a');
    expect(existsSync(join(cache, KEY_FILE))).toBe(true);
    expect(prepareCache(cache, 'a')).toMatchObject({ keep: true });
    expect(existsSync(join(cache, 'data-store.json'))).toBe(true);
    expect(prepareCache(cache, 'a', true)).toMatchObject({ keep: false, reason: 'ryddet (--force)' });
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'data-store.json'), '{}');
    recordCache(cache, 'a');
    expect(prepareCache(cache, 'b')).toMatchObject({ keep: false, reason: expect.stringMatching(/ændret/) });
    expect(existsSync(cache)).toBe(false);
  });

  it('puts the cache where CI restores it, or one folder per corpus', () => {
    expect(astroCacheDir('/r', {})).toBe('/r/node_modules/.astro');
    expect(astroCacheDir('/r', { VIDENSBASEN_CACHE_DIR: '.astro-cache' })).toBe('/r/.astro-cache');
    expect(astroCacheDir('/r', { VIDENSBASEN_CONTENT: '/a' })).not.toBe(astroCacheDir('/r', { VIDENSBASEN_CONTENT: '/b' }));
  });
});

describe('the compiled-MDX cache (scripts/lib/mdx-cache.ts)', () => {
  const contentRoot = join(temp, 'content');
  mkdirSync(join(contentRoot, 'kilder'), { recursive: true });
  writeFileSync(join(contentRoot, 'kilder/a.yaml'), 'titel: A\n');

  /** A processor that counts its compiles and returns the text it got. */
  function counting() {
    const calls: string[] = [];
    const processor = {
      name: 'unified',
      createMdxRenderer: async (_shared: object, _mdx: object) => ({
        process: async (content: string, filePath: string, _frontmatter: Record<string, unknown>) => {
          calls.push(filePath);
          if (content.includes('forbudt')) throw new Error('stoppet af vagten');
          return { code: `export default ${JSON.stringify(content)}`, map: null, astroMetadata: { propagation: 'none' } };
        },
      }),
    };
    return { processor, calls };
  }

  it('compiles an unchanged entry once and gives the stored result after that', async () => {
    const dir = join(temp, 'mdx-1');
    const { processor, calls } = counting();
    const renderer = await withMdxCache(processor, { dir, key: 'k', contentRoot }).createMdxRenderer!({}, {});
    const first = await renderer.process('# A', '/c/a.mdx', { titel: 'A' });
    expect(await renderer.process('# A', '/c/a.mdx', { titel: 'A' })).toEqual(first);
    expect(calls).toEqual(['/c/a.mdx']);
    await renderer.process('# B', '/c/a.mdx', { titel: 'A' });
    await renderer.process('# A', '/c/a.mdx', { titel: 'B' });
    await renderer.process('# A', '/c/b.mdx', { titel: 'A' });
    expect(calls).toHaveLength(4);
  });

  it('compiles again under another key, or when the source register the notes show changed', async () => {
    const dir = join(temp, 'mdx-2');
    const { processor, calls } = counting();
    const render = async (key: string) => (await withMdxCache(processor, { dir, key, contentRoot }).createMdxRenderer!({}, {})).process('# A', '/c/a.mdx', {});
    await render('k1');
    await render('k1');
    await render('k2');
    expect(calls).toHaveLength(2);
    writeFileSync(join(contentRoot, 'kilder/b.yaml'), 'titel: B\n');
    await render('k2');
    expect(calls).toHaveLength(3);
  });

  it('compiles again when a stored result cannot be read', async () => {
    const dir = join(temp, 'mdx-4');
    const { processor, calls } = counting();
    const renderer = await withMdxCache(processor, { dir, key: 'k', contentRoot }).createMdxRenderer!({}, {});
    const first = await renderer.process('# A', '/c/a.mdx', {});
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"code": "halv');
    expect(await renderer.process('# A', '/c/a.mdx', {})).toEqual(first);
    expect(calls).toHaveLength(2);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never stores a compile that failed, and prunes results a build did not use', async () => {
    const dir = join(temp, 'mdx-3');
    const { processor, calls } = counting();
    const renderer = await withMdxCache(processor, { dir, key: 'k', contentRoot }).createMdxRenderer!({}, {});
    await expect(renderer.process('forbudt', '/c/x.mdx', {})).rejects.toThrow(/vagten/);
    await expect(renderer.process('forbudt', '/c/x.mdx', {})).rejects.toThrow(/vagten/);
    expect(calls).toHaveLength(2);
    await renderer.process('# A', '/c/a.mdx', {});
    expect(pruneMdxCache(dir, Date.now() + 1000)).toBe(1);
    await renderer.process('# A', '/c/a.mdx', {});
    expect(calls).toHaveLength(4);
  });
});

describe('comparing two built sites', () => {
  it('names files that differ or exist on one side only', () => {
    const a = join(temp, 'dist-a');
    const b = join(temp, 'dist-b');
    for (const dir of [a, b]) mkdirSync(join(dir, 'side'), { recursive: true });
    writeFileSync(join(a, 'side/index.html'), '<p>ens</p>');
    writeFileSync(join(b, 'side/index.html'), '<p>ens</p>');
    expect(compareDist(a, b)).toEqual([]);
    writeFileSync(join(b, 'side/index.html'), '<p>anden</p>');
    writeFileSync(join(a, 'kun-a.html'), '');
    expect(compareDist(a, b)).toEqual([`kun i ${a}: kun-a.html`, 'forskellig: side/index.html']);
  });
});
