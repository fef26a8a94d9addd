import { describe, expect, it } from 'vitest';
import { published, prose } from './corpus.ts';

/**
 * OCR damage from the source PDFs that must never reach the site: each pattern is a damaged
 * spelling seen in the sources, with the correct word it stands for.
 */
const OCR_DAMAGE: [RegExp, string][] = [
  [/\blgsning/i, 'løsning'], [/\bgnsk/i, 'ønske'], [/@stdanmark/i, 'Østdanmark'], [/\bsundhedsrad(?:et|ene|s)?\b/i, 'sundhedsråd'],
  [/\bKreeft/i, 'Kræft'], [/\bseerlig/i, 'særlig'], [/\bveerdi/i, 'værdi'], [/\bmalgrupp/i, 'målgruppe'], [/\bomrade(?:t|r)?\b/i, 'område'],
  [/\bstgtte|\bstotte\b/i, 'støtte'], [/\bhgj/i, 'høj'], [/\bfaellesskab/i, 'fællesskab'], [/\bsjaelland/i, 'Sjælland'],
  [/\bpatientstatte/i, 'patientstøtte'], [/\blaege/i, 'læge'], [/\bHab i Psykiatrien/i, 'Håb i Psykiatrien'], [/\bKgbenhavn/i, 'København'],
  [/\bGadstrup/i, 'Gødstrup'], [/\bDstifterne/i, 'Østifterne'], [/\bRade Kors/i, 'Røde Kors'], [/\bhjemlgs/i, 'hjemløs'],
];

describe('the text is clean Danish', () => {
  it.each(OCR_DAMAGE)('no entry contains the OCR damage %s (write "%s")', (pattern) => {
    const damaged = published.filter((e) => pattern.test(prose(e))).map((e) => e.file.path);
    expect(damaged).toEqual([]);
  });

  it('the checks see text with æ, ø and å (the corpus is really read)', () => {
    const all = published.map(prose).join('\n');
    for (const letter of ['æ', 'ø', 'å']) expect(all).toContain(letter);
  });
});
