import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filer } from '../../../src/lib/lint/rules/kb030-filer.ts';
import { scanRepositoryFiles } from '../../../src/lib/lint/repository-files.ts';
import type { CorpusContext } from '../../../src/lib/lint/types.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'vidensbasen-kb030-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A small repository: the given files (a value starting with "->" becomes a symbolic link to that target). */
function repo(name: string, files: Record<string, string>): string {
  const root = join(temp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    if (text.startsWith('->')) symlinkSync(text.slice(2), join(root, path));
    else if (path.endsWith('/')) mkdirSync(join(root, path), { recursive: true });
    else writeFileSync(join(root, path), text);
  }
  return root;
}

/** KB030 alone over a repository: its problems as "path: message". */
function kb030(root: string): string[] {
  const { refused } = scanRepositoryFiles(root, join(root, 'content'));
  return filer.checkCorpus!({ refusedFiles: refused } as CorpusContext).map((p) => `${p.file}: ${p.message}`);
}

const OK = {
  'content/organisationer/hjerteforeningen.mdx': '---\nnavn: x\n---\n',
  'content/omdirigeringer.yaml': '[]\n',
  'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
  'public/_headers': '/*\n  X-Frame-Options: DENY\n',
  'public/billeder/kort-2026.png': 'png',
};

describe('KB030 filer', () => {
  it('passes the real repository and a tidy one', () => {
    expect(kb030(REPO)).toEqual([]);
    expect(kb030(repo('tidy', OK))).toEqual([]);
  });

  it('refuses a symbolic link in content/, public/, data/ or src/ – to a file outside or inside – and never reads it', () => {
    const outside = join(temp, 'uden-for.mdx');
    writeFileSync(outside, 'HEMMELIGT');
    const root = repo('links', {
      ...OK,
      'content/organisationer/hemmelig.mdx': `->${outside}`,
      'public/logo.svg': `->${outside}`,
      'data/kildedokumenter/000_x.txt': '->/etc/hostname',
      'src/styles/x.css': '->../../public/favicon.svg',
    });
    const found = kb030(root);
    for (const path of ['content/organisationer/hemmelig.mdx', 'public/logo.svg', 'data/kildedokumenter/000_x.txt', 'src/styles/x.css']) {
      expect(found.filter((f) => f.startsWith(`${path}: Filen er en symbolsk henvisning (symlink) til `)), path).toHaveLength(1);
    }
    expect(found.join('\n')).not.toContain('HEMMELIGT');
  });

  it('refuses files and folders content/ does not read: a stray file, a folder that is no collection, a subfolder, a hidden file', () => {
    const found = kb030(repo('content', { ...OK, 'content/noter.txt': 'x', 'content/kladder/a.mdx': 'x', 'content/organisationer/gamle/b.mdx': 'x', 'content/organisationer/.skjult.mdx': 'x' }));
    expect(found).toEqual([
      expect.stringMatching(/^content\/kladder: Mappen kladder er ikke en samling/),
      expect.stringMatching(/^content\/noter\.txt: Filen hører ikke til i content\//),
      expect.stringMatching(/^content\/organisationer\/\.skjult\.mdx: Skjulte filer/),
      expect.stringMatching(/^content\/organisationer\/gamle: En mappe inde i en samling bliver aldrig læst/),
    ]);
  });

  it('refuses what public/ would publish unchecked: a page, a script, a style sheet, an odd name, an SVG with script', () => {
    const found = kb030(repo('public', {
      ...OK,
      'public/side.html': '<p>x</p>',
      'public/app.js': 'alert(1)',
      'public/ekstra.css': 'body{}',
      'public/Mit Billede.PNG': 'png',
      'public/Billeder/a.png': 'png',
      'public/ondt.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'public/fremmed.svg': '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://sporing.example/x.png"/></svg>',
    }));
    for (const path of ['public/side.html', 'public/app.js', 'public/ekstra.css', 'public/Mit Billede.PNG']) expect(found.some((f) => f.startsWith(`${path}: public/ udgiver filer, som de er`)), path).toBe(true);
    expect(found.some((f) => f.startsWith('public/Billeder: Mappenavne i public/'))).toBe(true);
    expect(found.filter((f) => /SVG-filen har script/.test(f)).map((f) => f.split(':')[0])).toEqual(['public/fremmed.svg', 'public/ondt.svg']);
  });
});
