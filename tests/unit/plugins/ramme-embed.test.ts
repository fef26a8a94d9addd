import { describe, expect, it } from 'vitest';
import { compileMdx } from './support.ts';

describe('the ramme embed in the real Sätteri pipeline', () => {
  it('turns a paragraph that is only a link to /rammer/<id>/ into the ramme component, which the page provides', async () => {
    const { code, html } = await compileMdx('Personalet deler ikke oplysninger uden samtykke.\n\n[Se rammen](/rammer/patientoplysninger-deles-kun-med-samtykke/)\n');
    // The component is looked up among the components the page passes in (never imported by the entry).
    expect(code).toContain('_jsx(RammeIndlejring, { id: "patientoplysninger-deles-kun-med-samtykke" })');
    expect(code).toContain('_missingMdxReference("RammeIndlejring", true)');
    expect(html).toContain('<p>Personalet deler ikke oplysninger uden samtykke.</p>');
    // The editor's link text is not rendered: the ramme's own title is, at page build time.
    expect(code).not.toContain('Se rammen');
  });

  it('leaves links in sentences, in list items, in callouts and with an anchor as links', async () => {
    const { code, html } = await compileMdx(
      'Se [rammen](/rammer/forsikring-af-frivillige/) først.\n\n- [Forsikring](/rammer/forsikring-af-frivillige/)\n\n[Afsnit](/rammer/forsikring-af-frivillige/#kort-fortalt)\n\n<Bemaerk type="info">\n\n[Forsikring](/rammer/forsikring-af-frivillige/)\n\n</Bemaerk>\n',
    );
    expect(code).not.toContain('RammeIndlejring');
    expect(html.match(/<a href="\/rammer\/forsikring-af-frivillige\/(#kort-fortalt)?">/g)).toHaveLength(4);
  });
});
