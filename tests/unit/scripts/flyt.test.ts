import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../../src/lib/content-files.ts';
import { lintContent } from '../../../src/lib/lint.ts';
import { BASE, contentDir, mdx, REPO, TODAY } from '../lint/support.ts';
import { VALID } from '../schemas/fixtures.ts';

const node = resolve(REPO, 'node_modules/.bin/node');
/** Each test starts the tools as processes (each reads the corpus and runs the lint): seconds apiece on a busy machine. */
const SPAWNS = { timeout: 60_000 };
const run = (script: string, args: string[], content: string) =>
  spawnSync(node, [join(REPO, 'scripts', script), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, VIDENSBASEN_CONTENT: content } });

describe('npm run flyt', SPAWNS, () => {
  it('renames an entry, updates references and links, and records a redirect', () => {
    const dir = contentDir({
      ...BASE,
      'tilbud/patientstoetter.mdx': mdx({ ...VALID.tilbud, organisation: 'hjerteforeningen', daekning: { omfang: 'ukendt' } }, 'Drives af [Hjerteforeningen](/organisationer/hjerteforeningen/#om-foreningen).'),
    });
    const result = run('flyt.ts', ['content/organisationer/hjerteforeningen.mdx', 'organisationer/hjerteforeningen-danmark'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2 henvisninger og links rettet i 1 filer');
    expect(existsSync(join(dir, 'organisationer/hjerteforeningen.mdx'))).toBe(false);
    expect(existsSync(join(dir, 'organisationer/hjerteforeningen-danmark.mdx'))).toBe(true);
    const tilbud = readFileSync(join(dir, 'tilbud/patientstoetter.mdx'), 'utf8');
    expect(tilbud).toContain('organisation: hjerteforeningen-danmark\n');
    expect(tilbud).toContain('(/organisationer/hjerteforeningen-danmark/#om-foreningen)');
    expect(readFileSync(join(dir, 'omdirigeringer.yaml'), 'utf8')).toContain('- fra: /organisationer/hjerteforeningen/\n  til: /organisationer/hjerteforeningen-danmark/\n');
    const problems = lintContent(readAllContent(dir, dir), { repoRoot: REPO, contentRoot: dir, today: TODAY, spelling: false });
    expect(problems).toEqual([]);
  });

  it('refuses to move between collections or onto an existing entry', () => {
    const dir = contentDir({ ...BASE, 'organisationer/anden.mdx': mdx({ ...VALID.organisationer, navn: 'Anden' }) });
    expect(run('flyt.ts', ['organisationer/hjerteforeningen', 'tilbud/hjerteforeningen'], dir).stderr).toMatch(/^En post kan ikke flytte fra organisationer til tilbud/);
    expect(run('flyt.ts', ['organisationer/hjerteforeningen', 'organisationer/anden'], dir).stderr).toMatch(/findes allerede\. Vælg et andet navn\./);
  });
});

describe('npm run ny', SPAWNS, () => {
  it('writes a draft that fails the lint until filled in', () => {
    const dir = contentDir(BASE);
    const result = run('ny.ts', ['tilbud', 'Hjertecafé på Østerbro', '--dato', '2026-11-22'], dir);
    expect(result.status).toBe(0);
    const text = readFileSync(join(dir, 'tilbud/hjertecafe-paa-oesterbro.mdx'), 'utf8');
    expect(text).toContain('titel: Hjertecafé på Østerbro\n');
    expect(text).toContain('status: udkast\nejer: Redaktionen\nsidstGennemgaaet: 2026-11-22\nnaesteGennemgang: 2027-11-22\n');
    expect(result.stdout).toContain('npm run tjek siger lige nu om filen (10 ting at udfylde)');
    expect(run('ny.ts', ['tilbud', 'Hjertecafé på Østerbro'], dir).stderr).toMatch(/findes allerede/);
    expect(run('ny.ts', ['klubber', 'X'], dir).stderr).toMatch(/^"klubber" er ikke en samling\. Vælg en af: strategi, pejlemaerker/);
  });
});
