import { createMarkdownProcessor, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../../src/plugins/index.ts';

/** Compiles MDX with Astro's own MDX pipeline and the site's plugins; the result is never run. */
async function compileMdx(source: string, path = '/repo/content/rammer/x.mdx') {
  const renderer = await unified({ remarkPlugins, rehypePlugins }).createMdxRenderer!(
    { syntaxHighlight: false } as never,
    { srcDir: new URL('file:///repo/src/') } as never,
  );
  return renderer.process(source, path, {});
}

describe('remarkContentGuard in the real MDX pipeline', () => {
  it('lets ordinary MDX through', async () => {
    const { code } = await compileMdx('## Kort fortalt\n\nSe [rammerne](/rammer/) og <abbr title="Region Østdanmark">RØ</abbr>.');
    expect(code).toContain('Kort fortalt');
    expect(code).toContain('/rammer/');
  });

  it('stops code, expressions, components, raw HTML and javascript: links with file, line and rule', async () => {
    const evil = [
      "import { readFileSync } from 'node:fs'",
      '',
      'export const leaked = process.env.SECRET',
      '',
      'Hemmelighed: {leaked}',
      '',
      '<Callout type={process.env.SECRET}>x</Callout>',
      '',
      '<script>alert(1)</script>',
      '',
      '[klik](javascript:alert(1))',
    ].join('\n');
    const error = await compileMdx(evil).then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^Indholdet kan ikke bygges, fordi det indeholder noget, der ikke er tilladt:/);
    for (const expected of ['x.mdx:1 [KB004]', 'x.mdx:3 [KB004]', 'x.mdx:5 [KB005]', 'x.mdx:7 [KB005]', 'x.mdx:7 [KB006]', 'x.mdx:9 [KB007]', 'x.mdx:11 [KB008]']) {
      expect(error?.message).toContain(expected);
    }
  });

  it('lets a correct <Bemaerk> through as the only component, and refuses a wrong one with KB024', async () => {
    const { code } = await compileMdx('Tekst.\n\n<Bemaerk type="advarsel">\n\nHusk aftalen.\n\n</Bemaerk>\n');
    expect(code).toContain('Bemaerk');
    expect(code).toContain('Husk aftalen.');
    const error = await compileMdx('<Bemaerk type="tip">\n\nx\n\n</Bemaerk>\n\n<Bemaerk type={process.env.SECRET}>\n\ny\n\n</Bemaerk>').then(() => undefined, (e: Error) => e);
    expect(error?.message).toContain('x.mdx:1 [KB024] type="tip" er ikke en tilladt type');
    expect(error?.message).toContain('x.mdx:7 [KB005]');
  });

  it('also guards plain Markdown (raw HTML and javascript: pass through Astro otherwise, R3)', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, syntaxHighlight: false });
    await expect(processor.render('Tekst\n\n<img src=x onerror=alert(1)>')).rejects.toThrow(/\[KB007\] Rå HTML er ikke tilladt/);
    await expect(processor.render('[x](javascript:alert(1))')).rejects.toThrow(/\[KB008\] Adresser, der begynder med "javascript:"/);
    expect((await processor.render('Almindelig [tekst](https://www.regionh.dk/).')).code).toContain('https://www.regionh.dk/');
  });
});
