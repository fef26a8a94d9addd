/**
 * Every command the README and CONTRIBUTING show works as written on a newcomer's machine, whose
 * own Node.js may be too old for the project: an npm script that exists, never a bare `node`
 * (npm scripts and node_modules/.bin/node use Node.js 24 from the project's own packages).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const DOCS = ['README.md', 'CONTRIBUTING.md', '.github/pull_request_template.md'];
const scripts = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>);

/** The commands a text shows: `npm run x` names and lines that start the machine's node. */
export function shownCommands(text: string): { npmRuns: string[]; bareNode: string[] } {
  const npmRuns = [...text.matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map((m) => m[1]!);
  const bareNode = text.split('\n').filter((line) => /(^|[\s`(;&|])node (?!_modules)[\w./-]+\.(ts|mjs|js)\b/.test(line));
  return { npmRuns, bareNode };
}

describe('commands in the docs', () => {
  it('finds what a wrong command looks like (the check can fail)', () => {
    expect(shownCommands('Kør `node scripts/tjek.ts` først.').bareNode).toHaveLength(1);
    expect(shownCommands('X=1 node scripts/bench/run.ts').bareNode).toHaveLength(1);
    expect(shownCommands('`node_modules/.bin/node scripts/tjek.ts`').bareNode).toEqual([]);
    expect(shownCommands('npm run -s pr-summary -- main og npm run tjek').npmRuns).toEqual(['pr-summary', 'tjek']);
  });

  it.each(DOCS)('%s names only npm scripts that exist and never starts the machine\'s own node', (doc) => {
    const { npmRuns, bareNode } = shownCommands(readFileSync(join(root, doc), 'utf8'));
    expect(npmRuns.filter((name) => !scripts.includes(name))).toEqual([]);
    expect(bareNode).toEqual([]);
  });
});
