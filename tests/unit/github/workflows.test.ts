import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { staleIssueForms } from '../../../src/lib/issue-forms.ts';
import { PREVIEW_ARTIFACT } from '../../../src/lib/pr-summary.ts';
import { feedbackUrl } from '../../../src/lib/site.ts';

const root = resolve(import.meta.dirname, '../../..');
const dir = join(root, '.github/workflows');
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

type Step = { id?: string; if?: string; uses?: string; run?: string; env?: { ARTIFACT_URL?: string }; with?: Record<string, unknown> };
type Job = { permissions?: unknown; steps?: Step[] };

describe('GitHub workflows', () => {
  it('exist for pull requests, for publishing, for the weekly link check and for the review reminders', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(['deploy.yml', 'gennemgang.yml', 'linktjek.yml', 'pr.yml']);
  });

  it('the link check runs on a schedule or by hand, never from a pull request, and may only write issues', () => {
    const workflow = parse(workflows.find((w) => w.name === 'linktjek.yml')!.text) as { on: Record<string, unknown>; jobs: Record<string, Job & { steps: Step[] }> };
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const [job, ...others] = Object.values(workflow.jobs);
    expect(others).toEqual([]);
    expect(job!.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(job!.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm run -s tjek:eksterne-links -- --issue >> "$GITHUB_STEP_SUMMARY"']);
  });

  it('the review reminders run weekly and by hand, never from a pull request, with issues: write and contents: read only', () => {
    const workflow = parse(workflows.find((w) => w.name === 'gennemgang.yml')!.text) as { on: Record<string, unknown>; jobs: Record<string, Job> };
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((workflow.on['schedule'] as { cron: string }[])[0]!.cron).toMatch(/^\d+ \d+ \* \* \d$/);
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(workflows.find((w) => w.name === 'gennemgang.yml')!.text).toContain('run: npm run -s gennemgang');
  });

  for (const { name, text } of workflows) {
    const workflow = parse(text) as { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

    it(`${name}: no pull_request_target, no permissions by default, each job names its own`, () => {
      expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
      expect(workflow.permissions).toEqual({});
      for (const job of Object.values(workflow.jobs)) expect(job.permissions, 'hvert job skal angive sine rettigheder').toBeTypeOf('object');
    });

    it(`${name}: actions are pinned to full commit SHAs with the version beside them`, () => {
      const uses = text.split('\n').filter((line) => /^\s*(-\s*)?uses:/.test(line));
      expect(uses.length).toBeGreaterThan(0);
      for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    });

    it(`${name}: checkout keeps no credentials, and no event data is pasted into a shell`, () => {
      for (const step of steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) expect(step.with?.['persist-credentials']).toBe(false);
      for (const step of steps.filter((s) => s.run)) expect(step.run).not.toMatch(/\$\{\{/);
    });
  }

  it('the PR workflow writes the content summary to the job summary', () => {
    const pr = workflows.find((w) => w.name === 'pr.yml')!.text;
    expect(pr).toContain('npm run -s pr-summary -- "$BASE_SHA" >> "$GITHUB_STEP_SUMMARY"');
    expect(pr).toContain('run: npm test');
    expect(pr).toContain('run: npm run tjek');
  });

  it('the PR workflow keeps the built site as a preview artifact, after the build, with read access only', () => {
    const pr = parse(workflows.find((w) => w.name === 'pr.yml')!.text) as { jobs: Record<string, Job> };
    const [job] = Object.values(pr.jobs);
    const steps = job!.steps ?? [];
    expect(job!.permissions).toEqual({ contents: 'read' });
    const build = steps.findIndex((s) => s.run === 'npm test');
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload]!.with).toMatchObject({ name: PREVIEW_ARTIFACT, path: 'dist', 'if-no-files-found': 'error' });
    expect(steps[upload]!.if).toContain('!cancelled()');
    const link = steps[upload + 1]!;
    expect(link.env?.ARTIFACT_URL).toBe(`\${{ steps.${steps[upload]!.id}.outputs.artifact-url }}`);
    expect(link.run).toMatch(/"\$ARTIFACT_URL" >> "\$GITHUB_STEP_SUMMARY"$/);
  });
});

describe('issue forms', () => {
  it('are in sync with the vocabularies (run npm run generer if not)', () => {
    expect(staleIssueForms(root)).toEqual([]);
  });

  it('have required fields, and the error form takes the page address the feedback link sends', () => {
    const form = parse(readFileSync(join(root, '.github/ISSUE_TEMPLATE/fejl-paa-side.yml'), 'utf8')) as { body: { id?: string; validations?: { required: boolean } }[] };
    const side = form.body.find((f) => f.id === 'side');
    expect(side?.validations?.required).toBe(true);
    expect(form.body.filter((f) => f.validations?.required).length).toBeGreaterThanOrEqual(3);
    const link = new URL(feedbackUrl('Hjerteforeningen', '/organisationer/hjerteforeningen/'));
    expect(link.searchParams.get('template')).toBe('fejl-paa-side.yml');
    expect(link.searchParams.get('side')).toBe('/organisationer/hjerteforeningen/');
  });
});
