/**
 * The site's real Markdown processor for plugin tests: Sätteri with the plugins from
 * src/plugins/index.ts, exactly as astro.config.mjs configures it, through @astrojs/markdown-satteri's
 * own MDX and Markdown renderers. Nothing compiled is run.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import config from '../../../astro.config.mjs';

const root = resolve(import.meta.dirname, '../../..');

/** A path in the content folder, as Astro hands entries to the renderer. */
export const entry = (path: string) => resolve(root, 'content', path);

function processor() {
  const configured = config.markdown?.processor;
  if (!configured?.createMdxRenderer || !configured.createRenderer) throw new Error('astro.config.mjs har ingen Markdown-processor med MDX-understøttelse');
  return configured;
}

/** The HTML in a compiled MDX module: Astro's optimize option puts static runs in `set:html` strings. */
export function htmlOf(code: string): string {
  return [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1] ?? '""') as string).join('');
}

/** Compiles an MDX body as the build does; `code` is the module, `html` its static HTML. */
export async function compileMdx(source: string, path = entry('vejledninger/x.mdx')) {
  const renderer = await processor().createMdxRenderer!({ syntaxHighlight: false, smartypants: false } as never, { srcDir: pathToFileURL(`${root}/src/`), optimize: true } as never);
  const { code } = await renderer.process(source, path, {});
  return { code, html: htmlOf(code) };
}

/** Renders plain Markdown (a .md entry) as the build would. */
export async function renderMarkdown(markdown: string, path?: string): Promise<string> {
  const renderer = await processor().createRenderer({ syntaxHighlight: false, smartypants: false } as never);
  return (await renderer.render(markdown, path ? { fileURL: pathToFileURL(path) } : {})).code;
}
