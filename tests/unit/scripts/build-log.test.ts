import { describe, expect, it } from 'vitest';
import { astroBuildArgs, errorLines } from '../../../scripts/lib/build-log.mjs';

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
});
