import { formatDanishDate } from '../../dates.ts';
import type { Problem } from '../../validate.ts';
import type { LintRule } from '../types.ts';

/** KB014: a passed review date is a warning, never a failure (CI must not fail on the calendar). */
export const gennemgang: LintRule = {
  id: 'KB014',
  title: 'Advarsel, når datoen i naesteGennemgang er passeret: posten skal tjekkes mod kilderne.',
  severity: 'advarsel',
  checkCorpus(ctx) {
    return ctx.entries.flatMap(({ file, data }): Problem[] => {
      const next = data.naesteGennemgang;
      if (next.getTime() >= ctx.today.getTime()) return [];
      return [{
        rule: 'KB014',
        severity: 'advarsel',
        file: file.path,
        line: file.lineOf(['naesteGennemgang']),
        field: 'naesteGennemgang',
        message: `Posten skulle have været gennemgået senest ${formatDanishDate(next)}. Tjek den mod kilderne, ret den, og skriv dagens dato i sidstGennemgaaet og en ny dato i naesteGennemgang.`,
      }];
    });
  },
};
