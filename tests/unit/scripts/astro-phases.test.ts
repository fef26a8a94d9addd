import { describe, expect, it } from 'vitest';
import { astroPhases, lineStamper } from '../../../scripts/lib/astro-phases.ts';

/** Astro 7's build log, as scripts/build.mjs sees it, stamped in ms since the process started. */
const LOG: [number, string][] = [
  [1200, '14:42:26 [content] Syncing content'],
  [1500, '14:42:26 [content] Synced content'],
  [2300, '14:42:26 [types] Generated 801ms'],
  [2400, '14:42:26 [build] ✓ Completed in 887ms.'],
  [2500, '14:42:26 [build] Building static entrypoints...'],
  [9000, '14:42:29 [vite] ✓ built in 3.69s'],
  [9100, '14:42:30 [build] Rearranging server assets...'],
  [9200, ' generating static routes '],
  [12200, '14:42:31 ✓ Completed in 1.22s.'],
  [12300, '14:42:31 [build] ✓ Completed in 5.02s.'],
];

describe('the phases of an Astro build (scripts/lib/astro-phases.ts)', () => {
  it('splits the build at the lines that start and end each phase', () => {
    const phases = astroPhases(LOG.map(([ms, line]) => ({ ms, line })), 13000);
    expect(phases.startupSeconds).toBeCloseTo(1.2);
    expect(phases.contentSyncSeconds).toBeCloseTo(0.3);
    expect(phases.bundleSeconds).toBeCloseTo(6.6);
    expect(phases.viteMdxSeconds).toBeCloseTo(7.9);
    expect(phases.renderSeconds).toBeCloseTo(3.0);
    expect(phases.afterSeconds).toBeCloseTo(0.8);
  });

  it('reads coloured lines and says NaN for a phase whose lines are missing', () => {
    const coloured = LOG.map(([ms, line]) => ({ ms, line: line.replace('[content]', '\u001b[34m[content]\u001b[39m') }));
    expect(astroPhases(coloured, 13000).contentSyncSeconds).toBeCloseTo(0.3);
    expect(astroPhases([], 1000).renderSeconds).toBeNaN();
  });

  it('stamps each line when its last part arrives, also when a chunk ends mid-line', () => {
    const stamper = lineStamper(1000);
    stamper.push('første\nand', 1100);
    stamper.push('en\ntredje', 1500);
    expect(stamper.end(1700)).toEqual([
      { ms: 100, line: 'første' },
      { ms: 500, line: 'anden' },
      { ms: 700, line: 'tredje' },
    ]);
  });
});
