/**
 * A persistent cache of compiled MDX for `npm run build`. Compiling an entry (parse, our
 * remark/rehype plugins, MDX to JS) is most of Astro's Vite/MDX phase; Astro's content cache does
 * not keep it, so every build compiled every entry again. This wraps the Markdown processor from
 * astro.config.mjs: an entry whose compile inputs are unchanged gets the stored result.
 *
 * The inputs are hashed: the build's cache key (plugins, schemas, libraries, config, lockfile,
 * Node and Astro versions – scripts/lib/build-cache.ts), the file path, its text and frontmatter,
 * the renderer's options, and the source register the citation plugin reads (titles of kilder
 * shown in the notes). The folder lives inside Astro's cacheDir, so a changed key clears it with
 * the rest. A compile that fails (the content guard, KB018) throws and is never stored.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceRegister } from '../../src/lib/source-register.ts';

/** The part of an Astro Markdown processor this wrapper needs (method syntax: Astro's own option types fit). */
interface MdxProcessor {
  createMdxRenderer?(shared: object, mdx: object): Promise<MdxRenderer>;
}
interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<unknown>;
}

/** A stored result, marked as used by this build; undefined when there is none or it cannot be read. */
function readStored(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    const result: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const now = new Date();
    utimesSync(file, now, now);
    return result;
  } catch {
    return undefined;
  }
}

const registerHashes = new WeakMap<object, string>();

/** A hash of the source register, computed once per register the plugin would see. */
function registerHash(contentRoot: string): string {
  const register = readSourceRegister(contentRoot);
  let hash = registerHashes.get(register);
  if (!hash) {
    hash = createHash('sha256').update(JSON.stringify([...register])).digest('hex');
    registerHashes.set(register, hash);
  }
  return hash;
}

/**
 * Returns `processor` with its MDX renderer cached in `dir` under `key`. Other methods are kept
 * as they are (Astro checks the processor's name and options).
 */
export function withMdxCache<P extends MdxProcessor>(processor: P, options: { dir: string; key: string; contentRoot: string }): P {
  const create = processor.createMdxRenderer;
  if (!create) return processor;
  mkdirSync(options.dir, { recursive: true });
  const wrapped: MdxProcessor = {
    ...processor,
    async createMdxRenderer(shared: object, mdx: object): Promise<MdxRenderer> {
      const inner = await create.call(processor, shared, mdx);
      const settings = JSON.stringify([shared, mdx]);
      return {
        async process(content, filePath, frontmatter) {
          const hash = createHash('sha256')
            .update([options.key, registerHash(options.contentRoot), settings, filePath, JSON.stringify(frontmatter), content].join('\0'))
            .digest('hex');
          const file = join(options.dir, `${hash}.json`);
          const stored = readStored(file);
          if (stored !== undefined) return stored;
          const result = await inner.process(content, filePath, frontmatter);
          // Written under another name and renamed, so a build stopped midway never leaves half a file.
          const partial = `${file}.${process.pid}.tmp`;
          writeFileSync(partial, JSON.stringify(result));
          renameSync(partial, file);
          return result;
        },
      };
    },
  };
  return wrapped as P;
}

/** Removes stored results a build did not use (their entries changed or were removed). */
export function pruneMdxCache(dir: string, usedSinceMs: number): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).mtimeMs < usedSinceMs) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}
