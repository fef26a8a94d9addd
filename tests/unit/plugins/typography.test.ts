import { describe, expect, it } from 'vitest';
import { punctuate } from '../../../src/plugins/typography.ts';
import { compileMdx } from './support.ts';

const html = async (markdown: string) => (await compileMdx(markdown)).html;

describe('Danish typography in the real Sätteri pipeline', () => {
  it('makes Danish quotes, an en dash, an em dash and an ellipsis', async () => {
    expect(await html('Han sagde "ja" -- og \'nej\'... I 2024--2027 --- siger de.')).toBe('<p>Han sagde „ja“ – og ‚nej‘… I 2024–2027 — siger de.</p>');
  });

  it('closes a quote an editor opened with „, and writes apostrophes between letters', async () => {
    expect(await html('Loven siger „kan". Regionens 90\'er-projekter og id\'et.')).toBe('<p>Loven siger „kan“. Regionens 90’er-projekter og id’et.</p>');
  });

  it('reads the character before a text node across links, emphasis, headings, lists, tables and callouts', async () => {
    expect(await html('Det er en "[pixiudgave](/kilder/x/)" af *"fremhævet"* tekst.')).toBe('<p>Det er en „<a href="/kilder/x/">pixiudgave</a>“ af <em>„fremhævet“</em> tekst.</p>');
    expect(await html('## "Sundhed" i alle arenaer\n\n- "første" punkt\n- **fed**"')).toBe('<h2 id="sundhed-i-alle-arenaer">„Sundhed“ i alle arenaer</h2>\n<ul>\n<li>„første“ punkt</li>\n<li><strong>fed</strong>“</li>\n</ul>');
    expect(await html('| "A" | B |\n|---|---|\n| "c" | d |')).toContain('<th>„A“</th>');
    expect(await html('<Bemaerk type="info">\n\n"Citat" her.\n\n</Bemaerk>')).toContain('<p>„Citat“ her.</p>');
  });

  it('leaves code alone, and quotes after code close', async () => {
    expect(await html('Skriv `"status": "publiceret"`.')).toContain('<code>"status": "publiceret"</code>');
    expect(await html('Skriv `x`" her.')).toBe('<p>Skriv <code>x</code>“ her.</p>');
    expect(await html('```\n"kode" -- ...\n```')).toContain('"kode" -- ...');
  });

  it('punctuates one text value from the character before it', () => {
    expect(punctuate('Se "')).toBe('Se „');
    expect(punctuate('" her', 'k')).toBe('“ her');
    expect(punctuate('" her', ' ')).toBe('„ her');
  });
});
