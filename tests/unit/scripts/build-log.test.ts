import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeVersionProblem } from '../../../scripts/lib/node-version.mjs';
import { astroBuildArgs, errorLines, FAILURE_TAIL, failureLines } from '../../../scripts/lib/build-log.mjs';

describe('the build log check (scripts/build.mjs fails on [ERROR] lines)', () => {
  it.each<{ name: string; log: string; errors: string[] }>([
    {
      name: 'finds the [ERROR] line Astro prints for a render error it does not fail on (R6)',
      log: [
        '12:00:01 [content] Synced content',
        '12:00:02 [ERROR] [glob-loader] Error rendering raw.md: Raw HTML is not allowed',
        '12:00:03 [build] 160 page(s) built in 8.5s',
        '12:00:03 [build] Complete!',
      ].join('\n'),
      errors: ['12:00:02 [ERROR] [glob-loader] Error rendering raw.md: Raw HTML is not allowed'],
    },
    {
      name: 'finds it when the tag is coloured (FORCE_COLOR) and the log uses CRLF',
      log: '\u001b[2m12:00:02\u001b[22m \u001b[31m\u001b[1m[ERROR]\u001b[22m\u001b[39m [vite] boom\r\nok\r\n',
      errors: ['12:00:02 [ERROR] [vite] boom'],
    },
    { name: 'lets warnings through', log: '[WARN] [content] The collection "tilbud" is empty\n[build] Complete!\n', errors: [] },
    { name: 'lets an empty log through', log: '', errors: [] },
  ])('$name', ({ log, errors }) => {
    expect(errorLines(log)).toEqual(errors);
  });

  it('builds with the content-layer cache cleared (--force), so a changed plugin is never hidden (R7)', () => {
    const args = astroBuildArgs('/tmp/ud');
    expect(args[0]).toBe('build');
    expect(args).toContain('--force');
    expect(args.slice(args.indexOf('--outDir'), args.indexOf('--outDir') + 2)).toEqual(['--outDir', '/tmp/ud']);
    expect(astroBuildArgs('/tmp/ud', { force: false })).toEqual(['build', '--outDir', '/tmp/ud']);
  });

  it('explains a failure without an [ERROR] line with the last lines Astro printed, never with nothing', () => {
    const crash = ['12:00:01 [content] Synced content', 'TypeError: Cannot read properties of undefined', '    at render (x.mjs:1:1)', ''].join('\n');
    expect(failureLines(crash)).toEqual(['12:00:01 [content] Synced content', 'TypeError: Cannot read properties of undefined', '    at render (x.mjs:1:1)']);
    expect(failureLines(Array.from({ length: 100 }, (_, i) => `linje ${i}`).join('\n'))).toHaveLength(FAILURE_TAIL);
    expect(failureLines('')).toEqual(['Astro skrev intet, før det stoppede.']);
    expect(failureLines('[ERROR] boom\nmere')).toEqual(['[ERROR] boom']);
  });
});

describe('a build started with a Node.js that is too old', () => {
  it('says which version it needs and which command to use', () => {
    expect(nodeVersionProblem('20.20.2', 'npm run build')).toBe('Vidensbasen kræver Node.js 22.12 eller nyere, men her kører Node.js 20.20.2. Kør "npm run build" (npm-kommandoerne bruger Node.js 24 fra projektets egne pakker), eller node_modules/.bin/node i stedet for node.');
    expect(nodeVersionProblem('22.11.0', 'npm run build')).toContain('22.11.0');
    expect(nodeVersionProblem('22.12.0', 'npm run build')).toBeUndefined();
    expect(nodeVersionProblem('24.3.1', 'npm run build')).toBeUndefined();
  });

  it('checks before any .ts module is loaded (an old Node.js cannot read them, and would fail with ERR_UNKNOWN_FILE_EXTENSION)', () => {
    const build = readFileSync(resolve(import.meta.dirname, '../../../scripts/build.mjs'), 'utf8');
    expect(build).not.toMatch(/^import .* from '[^']+\.ts';$/m);
    expect(build.indexOf("requireNode('npm run build')")).toBeGreaterThan(0);
    expect(build.indexOf("requireNode('npm run build')")).toBeLessThan(build.indexOf("await import('./lib/search/index-site.ts')"));
  });
});
