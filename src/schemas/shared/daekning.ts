import { z } from 'astro/zod';
import { fieldName, list, text } from './field.ts';
import { kommuneFejl, REGION_KOMMUNER } from './kommuner.ts';
import { DAEKNING } from './vocabularies.ts';

/** One of Region Østdanmark's kommuner, refused with the list to choose from (the web editor shows it as a list). */
export const kommuneSchema = () =>
  z.enum(REGION_KOMMUNER, {
    error: (issue) =>
      issue.input === undefined
        ? `Feltet "${fieldName(issue)}" mangler. Skriv en af Region Østdanmarks kommuner, fx Hvidovre.`
        : `"${fieldName(issue)}": ${kommuneFejl(String(issue.input))}`,
  });

const HVAD = 'Skriv omfang: kommuner med en liste over kommunerne, eller omfang: region, land, online, uden-for-regionen eller ukendt.';

/**
 * Where an entry works (coverage): some of the region's kommuner, the whole region, the whole
 * country, online, outside the region, or unknown. Filled only from what a source says; how it was
 * read (fx a postcode that lies in one kommune only) goes in `grundlag`.
 */
export const daekningSchema = () =>
  z
    .strictObject(
      {
        omfang: DAEKNING.schema().describe('Hvor posten virker: bestemte kommuner, hele regionen, hele landet, online, uden for regionen eller ukendt.'),
        kommuner: list(kommuneSchema(), 'Vælg kommunerne i Region Østdanmark, som kilden nævner.').optional()
          .describe('Kun når omfang er kommuner: de kommuner i Region Østdanmark, kilden nævner.'),
        grundlag: text('Skriv kort, hvad i kilden dækningen bygger på, fx "Adressen har postnummer 2650, som kun ligger i Hvidovre Kommune".', 300).optional()
          .describe('Hvad i kilden dækningen bygger på, kort. Skriv det især, når kommunen er udledt af et postnummer.'),
      },
      { error: (issue) => (issue.input === undefined ? `Feltet "${fieldName(issue)}" mangler. ${HVAD}` : `"${fieldName(issue)}" er ikke udfyldt rigtigt. ${HVAD}`) },
    )
    .superRefine((d, ctx) => {
      if (d.omfang === 'kommuner' && (d.kommuner ?? []).length === 0) {
        ctx.addIssue({ code: 'custom', path: ['kommuner'], message: '"daekning.kommuner" mangler. Når omfang er kommuner, så skriv mindst én kommune, fx kommuner: [Hvidovre].' });
      }
      if (d.omfang !== 'kommuner' && d.kommuner !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['kommuner'], message: `"daekning.kommuner" må kun udfyldes, når omfang er kommuner. Slet listen, eller skriv omfang: kommuner.` });
      }
    });

export type Daekning = z.output<ReturnType<typeof daekningSchema>>;

/** The coverage field as it stands in the four schemas: optional, so drafts save; KB029 warns on an offer without it. */
export const daekning = (what: string) => daekningSchema().optional().describe(`${what} Skriv omfang: ukendt, hvis ingen kilde siger det.`);
