import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../../src/plugins/index.ts';
import { punctuate } from '../../../src/plugins/remark-smart-punctuation.ts';

/** The site's processor (SmartyPants off, our plugin on) and Astro's SmartyPants without it. */
async function render(markdown: string, withSmartypants = false): Promise<string> {
  const processor = await createMarkdownProcessor({
    remarkPlugins: withSmartypants ? [] : remarkPlugins,
    rehypePlugins,
    syntaxHighlight: false,
    smartypants: withSmartypants,
  });
  return (await processor.render(markdown)).code;
}

const SAMPLES = [
  'Udspillet „Vi har brug for hinanden" om mere lighed i sundhed.',
  'Hun sagde: "Der er en vej" -- og så gik hun... Det var "godt".',
  'Det er en "[pixiudgave](/kilder/x/)" af analysen, og det er \'fint\'.',
  '## "Sundhed" i alle arenaer\n\n- "første" punkt\n- andet punkt\'s ende',
  'Brug `"kode"` og *"fremhævet"* tekst, regionens 90\'er-projekter.',
  '> "Citat" fra en patient.\n\n| "A" | B |\n|---|---|\n| "c" | d |',
];

describe('remarkSmartPunctuation', () => {
  it.each(SAMPLES)('gives the same HTML as SmartyPants for %j', async (markdown) => {
    expect(await render(markdown)).toBe(await render(markdown, true));
  });

  it('makes curly quotes, an em dash and an ellipsis', async () => {
    expect(await render('Han sagde "ja" -- og \'nej\'...')).toBe('<p>Han sagde “ja” — og ‘nej’…</p>');
  });

  it('leaves code alone', async () => {
    expect(await render('Skriv `"status": "publiceret"`.')).toContain('<code>"status": "publiceret"</code>');
  });

  it('carries the character before a text node across inline nodes', () => {
    const state = { previous: ' ' };
    expect(punctuate('Se "', state)).toBe('Se “');
    expect(punctuate('link', state)).toBe('link');
    expect(punctuate('" her', state)).toBe('” her');
  });
});
