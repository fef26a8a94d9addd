/**
 * A comment that gives its reason by citing a document must cite one the repository holds: a newcomer
 * who reads "docs/sikkerhed.md, R7" can open it and find R7. Thirteen comments once cited a research
 * file that only lived beside our own machines' clones.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** This file: its samples cite documents on purpose. */
const SELF = 'tests/unit/repository/cited-reasons.test.ts';
/** "docs/x.md", optionally followed by ", R7", ", R10–R12", ", R1, R4, R5" or ", Persondata". */
const CITATION = /\b(docs\/[\w-]+\.md)(?:, ((?:R\d+(?:–R\d+)?)(?:, R\d+(?:–R\d+)?)*|[A-ZÆØÅ][\wæøå]+))?/g;

export interface CitedReason {
  file: string;
  line: number;
  doc: string;
  points: string[];
}

/** The document citations in a text, each with the points (R-numbers or a heading word) it names. */
export function citedReasons(file: string, text: string): CitedReason[] {
  const found: CitedReason[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    for (const m of line.matchAll(CITATION)) {
      const points = (m[2] ?? '').split(', ').filter(Boolean).flatMap((p) => {
        const range = /^R(\d+)–R(\d+)$/.exec(p);
        if (!range) return [p];
        return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => `R${Number(range[1]) + i}`);
      });
      found.push({ file, line: index + 1, doc: m[1]!, points });
    }
  }
  return found;
}

/** What a citation names that the document lacks: the document itself, or a point (a table row `| R7 |` or a heading). */
export function missingIn(doc: string | undefined, points: readonly string[]): string[] {
  if (doc === undefined) return ['(dokumentet findes ikke)'];
  return points.filter((p) => (/^R\d+$/.test(p) ? !doc.includes(`| ${p} |`) : !new RegExp(`^#+ ${p}\\b`, 'm').test(doc)));
}

function trackedCode(): string[] {
  const result = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ls-files fejlede: ${result.stderr}`);
  return result.stdout.split('\n').filter((f) => f !== SELF && /^(src|scripts|tests)\/.*\.(ts|mjs|astro)$|^[^/]+\.(mjs|ts|md)$/.test(f) && existsSync(join(ROOT, f)));
}

describe('comments cite reasons the repository holds', () => {
  it('reads a citation, its points and ranges, and finds what a document lacks (the check can fail)', () => {
    const [c] = citedReasons('x.ts', ' * stale renders (docs/sikkerhed.md, R6, R10–R12).');
    expect(c).toMatchObject({ doc: 'docs/sikkerhed.md', points: ['R6', 'R10', 'R11', 'R12'] });
    expect(citedReasons('x.ts', '// (docs/sikkerhed.md, Persondata)')[0]!.points).toEqual(['Persondata']);
    const doc = '# Titel\n\n| R6 | forsøg |\n| R10 | forsøg |\n\n## Persondata\n';
    expect(missingIn(doc, ['R6', 'R10', 'R11', 'Persondata'])).toEqual(['R11']);
    expect(missingIn(undefined, [])).toEqual(['(dokumentet findes ikke)']);
  });

  it('no comment cites the research file that is not in the repository', () => {
    const offenders = trackedCode().filter((f) => /security-findings/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('every cited document exists and holds the points cited', () => {
    const citations = trackedCode().flatMap((f) => citedReasons(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(citations.length).toBeGreaterThan(10);
    const problems = citations.flatMap((c) => {
      const path = join(ROOT, c.doc);
      const missing = missingIn(existsSync(path) ? readFileSync(path, 'utf8') : undefined, c.points);
      return missing.map((m) => `${c.file}:${c.line}: ${c.doc} mangler ${m}`);
    });
    expect(problems).toEqual([]);
  });
});
