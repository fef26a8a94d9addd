/**
 * The gate runs the same everywhere: .ci/run (what CI runs here, in a fresh clone) runs every
 * command of the pull-request workflow, in the workflow's order, so a green .ci/run means a green
 * check on GitHub. Only the steps that exist on GitHub alone (actions, and the step that links the
 * preview artifact GitHub made) are left out.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
type Step = { name: string; run?: string; uses?: string; env?: Record<string, string> };

/** The shell commands of a workflow's steps, in order, leaving out those that read another step's output. */
export function workflowCommands(text: string): string[] {
  const workflow = parse(text) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .filter((step) => step.run && !Object.values(step.env ?? {}).some((value) => /steps\./.test(value)))
    .flatMap((step) => step.run!.split('\n').map((line) => line.trim()).filter(Boolean));
}

/** Where each command stands in the script (-1 when it is missing), ignoring indentation. */
export function positionsIn(script: string, commands: string[]): number[] {
  const lines = script.split('\n').map((line) => line.trim());
  let from = 0;
  return commands.map((command) => {
    const at = lines.indexOf(command, from);
    if (at >= 0) from = at + 1;
    return at;
  });
}

describe('.ci/run runs what pr.yml runs', () => {
  const pr = readFileSync(join(root, '.github/workflows/pr.yml'), 'utf8');
  const ci = readFileSync(join(root, '.ci/run'), 'utf8');
  const commands = workflowCommands(pr);

  it('reads the workflow\'s commands: install, content check, summary, all tests', () => {
    expect(commands).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run tjek',
      'npm run -s pr-summary -- "$BASE_SHA" >> "$GITHUB_STEP_SUMMARY"',
      'npm test',
    ]);
  });

  it('has each of them, in the same order', () => {
    const positions = positionsIn(ci, commands);
    expect(commands.filter((_, i) => positions[i] === -1), 'mangler i .ci/run').toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('notices a missing or reordered command (the check can fail)', () => {
    expect(positionsIn('npm ci --no-audit --no-fund\nnpm test\n', commands)).toContain(-1);
    const swapped = positionsIn('npm ci --no-audit --no-fund\nnpm test\nnpm run tjek\nnpm run -s pr-summary -- "$BASE_SHA" >> "$GITHUB_STEP_SUMMARY"\n', commands);
    expect(swapped).toContain(-1);
  });

  it('gives the summary a base and a place to write, as GitHub does', () => {
    expect(ci).toMatch(/export GITHUB_STEP_SUMMARY="\$\{GITHUB_STEP_SUMMARY:-\/dev\/stdout\}"/);
    expect(ci).toMatch(/export BASE_SHA="\$\{BASE_SHA:-/);
  });
});
