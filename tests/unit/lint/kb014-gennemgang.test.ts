import { describe, expect, it } from 'vitest';
import { BASE, contentDir, lintDir } from './support.ts';

describe('KB014 gennemgang', () => {
  it('is quiet while the review date lies ahead', () => {
    expect(lintDir(contentDir(BASE), new Date('2027-05-22T00:00:00Z')).filter((p) => p.rule === 'KB014')).toEqual([]);
  });

  it('warns (not fails) once the review date has passed', () => {
    const problems = lintDir(contentDir(BASE), new Date('2027-06-01T00:00:00Z')).filter((p) => p.rule === 'KB014');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ severity: 'advarsel', field: 'naesteGennemgang' });
    expect(problems[0]?.message).toBe(
      'Posten skulle have været gennemgået senest 22. maj 2027. Tjek den mod kilderne, ret den, og skriv dagens dato i sidstGennemgaaet og en ny dato i naesteGennemgang.',
    );
  });
});
