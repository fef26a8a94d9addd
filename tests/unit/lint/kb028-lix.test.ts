import { describe, expect, it } from 'vitest';
import { lix } from '../../../src/lib/lint/rules/kb028-lix.ts';
import { check } from './support.ts';

/** Long sentences full of long words: 20 words per sentence, 15 of them long. */
const HARD = Array.from({ length: 4 }, () =>
  'Samarbejdsaftalerne mellem regionsrådets administrationer og civilsamfundsorganisationernes repræsentanter forudsætter koordinerede beslutningsprocesser, dokumenterede ansvarsfordelinger, gennemsigtige økonomiske rammebetingelser samt løbende evalueringer af organisatoriske implementeringsindsatser og tværsektorielle partnerskaber.',
).join(' ');
/** Short sentences with short words. */
const PLAIN = Array.from({ length: 8 }, () => 'Du kan få hjælp af en frivillig. Spørg på din afdeling.').join(' ');

describe('KB028 LIX in guides', () => {
  it('warns about a guide above LIX 55, with the score, the reason and what to do', () => {
    const [finding, ...rest] = check(lix, HARD, { entryKey: 'vejledninger/svaer' });
    expect(rest).toEqual([]);
    expect(finding?.message).toMatch(/^Vejledningen har LIX \d+ \(meget svær\); en vejledning skal have højst 55\. Sætningerne har i gennemsnit \d+ ord/);
    expect(finding?.message).toContain('Del lange sætninger i to');
  });

  it('passes a plain guide', () => {
    expect(check(lix, PLAIN, { entryKey: 'vejledninger/let' })).toEqual([]);
  });

  it('measures guides only: the same text in another collection passes', () => {
    expect(check(lix, HARD, { entryKey: 'rammer/svaer' })).toEqual([]);
  });

  it('passes a guide too short to measure', () => {
    expect(check(lix, 'Samarbejdsaftalerne forudsætter koordinerede beslutningsprocesser.', { entryKey: 'vejledninger/kort' })).toEqual([]);
  });
});
