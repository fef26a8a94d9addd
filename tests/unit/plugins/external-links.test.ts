import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_NOTE } from '../../../src/plugins/external-links.ts';
import { compileMdx } from './support.ts';

describe('external links in the real Sätteri pipeline', () => {
  it('marks links to other sites and tells screen readers', async () => {
    const { html } = await compileMdx('Se [Hjerteforeningen](https://hjerteforeningen.dk/).');
    expect(html).toContain(`<a href="https://hjerteforeningen.dk/" rel="external noopener" class="ekstern">Hjerteforeningen<span class="sr-only"> ${EXTERNAL_LINK_NOTE}</span></a>`);
  });

  it('leaves internal links, anchors, mail and phone links alone', async () => {
    const { html } = await compileMdx('Se [rammerne](/rammer/), [afsnittet](#trin), [mail](mailto:info@example.org) og [ring](tel:+4512345678).');
    expect(html).not.toContain('ekstern');
    expect(html).toContain('<a href="/rammer/">rammerne</a>');
    expect(html).toContain('<a href="#trin">afsnittet</a>');
  });
});
