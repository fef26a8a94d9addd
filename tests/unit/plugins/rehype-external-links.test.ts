import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../../src/plugins/index.ts';
import { EXTERNAL_LINK_NOTE } from '../../../src/plugins/rehype-external-links.ts';

/** Renders Markdown through Astro's real remark/rehype processor with the site's plugins. */
async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, syntaxHighlight: false });
  return (await processor.render(markdown)).code;
}

describe('rehypeExternalLinks', () => {
  it('marks links to other sites and tells screen readers', async () => {
    const html = await render('Se [Hjerteforeningen](https://hjerteforeningen.dk/).');
    expect(html).toContain('rel="external noopener"');
    expect(html).toContain('class="ekstern"');
    expect(html).toContain(`<span class="sr-only"> ${EXTERNAL_LINK_NOTE}</span>`);
  });

  it('leaves internal links and anchors alone', async () => {
    const html = await render('Se [rammerne](/rammer/) og [afsnittet](#trin).');
    expect(html).not.toContain('ekstern');
    expect(html).toContain('<a href="/rammer/">rammerne</a>');
  });
});
