import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins, remarkRehype } from '../../../src/plugins/index.ts';

/** Compiles MDX with Astro's own MDX pipeline and the site's plugins, as the build does. */
async function compileMdx(source: string) {
  const renderer = await unified({ remarkPlugins, rehypePlugins, remarkRehype }).createMdxRenderer!(
    { syntaxHighlight: false } as never,
    { srcDir: new URL('file:///repo/src/') } as never,
  );
  return String((await renderer.process(source, '/repo/content/vejledninger/x.mdx', {})).code);
}

describe('remarkRammeEmbed in the real MDX pipeline', () => {
  it('turns a paragraph that is only a link to /rammer/<id>/ into the ramme component, which the page provides', async () => {
    const code = await compileMdx('Personalet deler ikke oplysninger uden samtykke.\n\n[Se rammen](/rammer/patientoplysninger-deles-kun-med-samtykke/)\n');
    // The component is looked up among the components the page passes in (never imported by the entry).
    expect(code).toMatch(/_components\.RammeIndlejring|RammeIndlejring\b/);
    expect(code).toContain('"patientoplysninger-deles-kun-med-samtykke"');
    expect(code).toContain('_missingMdxReference("RammeIndlejring", true)');
    // The editor's link text is not rendered: the ramme's own title is, at page build time.
    expect(code).not.toContain('Se rammen');
  });

  it('leaves links in sentences, in list items and with an anchor as links', async () => {
    const code = await compileMdx('Se [rammen](/rammer/forsikring-af-frivillige/) først.\n\n- [Forsikring](/rammer/forsikring-af-frivillige/)\n\n[Afsnit](/rammer/forsikring-af-frivillige/#kort-fortalt)\n');
    expect(code).not.toContain('RammeIndlejring');
    expect(code.match(/\/rammer\/forsikring-af-frivillige\//g)).toHaveLength(3);
  });
});
