import { describe, expect, it } from 'vitest';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx } from './support.ts';

const withBody = (body: string) => contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(VALID.organisationer, body) });

describe('KB003 mdx-syntaks', () => {
  it('passes a body MDX can read', () => {
    expect(lintDir(withBody('Tekst med \\{ og \\< skrevet rigtigt.')).filter((p) => p.rule === 'KB003')).toEqual([]);
  });

  it('explains an HTML comment with the line in the file', () => {
    const dir = withBody('Første afsnit.\n\n<!-- en note -->');
    const [problem] = lintDir(dir).filter((p) => p.rule === 'KB003');
    expect(problem?.message).toMatch(/^Brødteksten kan ikke læses \(kolonne \d+\)\. HTML-kommentarer \(<!-- … -->\) virker ikke i MDX\. Slet kommentaren\./);
    const lines = mdx(VALID.organisationer, 'Første afsnit.\n\n<!-- en note -->').split('\n');
    expect(problem?.line).toBe(lines.findIndex((l) => l.startsWith('<!--')) + 1);
  });

  it('explains an unclosed brace', () => {
    const [problem] = lintDir(withBody('Pris { ca. 100 kr.')).filter((p) => p.rule === 'KB003');
    expect(problem?.message).toMatch(/En krøllet parentes \{ starter kode i MDX\. Skriv \\\{ og \\\}/);
  });
});
