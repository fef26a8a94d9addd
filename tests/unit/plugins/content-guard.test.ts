import { describe, expect, it } from 'vitest';
import { contentGuard } from '../../../src/plugins/content-guard.ts';
import { compileMdx, renderMarkdown } from './support.ts';

describe('the content guard in the real Sätteri pipeline', () => {
  it('lets ordinary MDX through', async () => {
    const { html } = await compileMdx('## Kort fortalt\n\nSe [rammerne](/rammer/) og <abbr title="Region Østdanmark">RØ</abbr>.');
    expect(html).toContain('<h2 id="kort-fortalt">Kort fortalt</h2>');
    expect(html).toContain('<a href="/rammer/">rammerne</a>');
  });

  it('stops code, expressions, components, raw HTML and javascript: links with file, line and rule, in the lint\'s order', async () => {
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
    expect(error?.message).toMatch(/^Indholdet kan ikke bygges, fordi det indeholder noget, der ikke er tilladt:\n/);
    const lines = error?.message.split('\n').filter((line) => line.startsWith('  ')).map((line) => line.replace(/ \[(KB\d+)\] .*/, ' $1'));
    expect(lines).toEqual([
      '  content/vejledninger/x.mdx:1 KB004',
      '  content/vejledninger/x.mdx:3 KB004',
      '  content/vejledninger/x.mdx:5 KB005',
      '  content/vejledninger/x.mdx:7 KB005',
      '  content/vejledninger/x.mdx:7 KB006',
      '  content/vejledninger/x.mdx:9 KB007',
      '  content/vejledninger/x.mdx:11 KB008',
    ]);
    expect(error?.message).toContain('[KB004] "import" er kode og må ikke stå i indhold.');
    expect(error?.message).toMatch(/\nKør npm run tjek for at se alle problemer\.$/);
  });

  it('lets a correct <Bemaerk> through as the only component, and refuses a wrong one with KB024', async () => {
    const { code, html } = await compileMdx('Tekst.\n\n<Bemaerk type="advarsel">\n\nHusk aftalen.\n\n</Bemaerk>\n');
    expect(code).toMatch(/_jsx\(Bemaerk, \{\s+type: "advarsel"/);
    expect(html).toContain('<p>Husk aftalen.</p>');
    const error = await compileMdx('<Bemaerk type="tip">\n\nx\n\n</Bemaerk>\n\n<Bemaerk type={process.env.SECRET}>\n\ny\n\n</Bemaerk>\n\n<Bemaerk type="info"></Bemaerk>').then(() => undefined, (e: Error) => e);
    expect(error?.message).toContain('x.mdx:1 [KB024] type="tip" er ikke en tilladt type');
    expect(error?.message).toContain('x.mdx:7 [KB005]');
    expect(error?.message).toContain('x.mdx:13 [KB024] <Bemaerk> er tom.');
  });

  it('also guards plain Markdown (raw HTML and javascript: would pass through otherwise, R3)', async () => {
    await expect(renderMarkdown('Tekst\n\n<img src=x onerror=alert(1)>')).rejects.toThrow(/\[KB007\] Rå HTML er ikke tilladt/);
    await expect(renderMarkdown('Tekst <b>fed</b>')).rejects.toThrow(/\[KB007\] Rå HTML er ikke tilladt/);
    await expect(renderMarkdown('[x](javascript:alert(1))')).rejects.toThrow(/\[KB008\] Adresser, der begynder med "javascript:"/);
    expect(await renderMarkdown('Almindelig [tekst](https://www.regionh.dk/).')).toContain('href="https://www.regionh.dk/"');
  });

  it('refuses a guard rule it could not run as visitors, rather than skipping it', () => {
    expect(() => contentGuard([{ id: 'KB999', title: 'En regel uden nodetyper', severity: 'fejl', guard: true, checkTree: () => [] }])).toThrow(
      /Vagtreglen KB999 kan ikke køre i byggeriet: den skal være en nodeRule med nodeTypes/,
    );
  });
});
