import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { text } from './shared/field.ts';
import { httpsUrl } from './shared/url.ts';
import { KILDE_TYPER } from './shared/vocabularies.ts';

/** A source document or public page that entries cite. */
export const KildeSchema = entrySchema({
  /** The source's own title, e.g. `Visionspapir for samarbejdet med civilsamfundet`. */
  titel: text('titel', 'Skriv kildens titel, som den står på dokumentet.'),
  /** Who published it, e.g. `Region Hovedstaden`. */
  udgiver: text('udgiver', 'Skriv den myndighed eller organisation, der har udgivet kilden.', 160),
  /** Year of publication (or the budget year it concerns). */
  aar: z
    .number({ error: '"aar" skal være et årstal med fire cifre, fx 2025' })
    .int({ error: '"aar" skal være et helt årstal, fx 2025' })
    .min(1900, { error: '"aar" skal være et årstal efter 1900' })
    .max(2100, { error: '"aar" skal være et årstal før 2100' }),
  /** What kind of source it is. */
  type: KILDE_TYPER.schema('type'),
  /** Where the public can read it; left out for internal documents. */
  url: httpsUrl('url').optional(),
  /** One or two sentences on what the source is and what it is good for. */
  beskrivelse: text('beskrivelse', 'Skriv en eller to sætninger om, hvad kilden er.', 600),
  /** Whether the source is a decision, a proposal or a vision: said plainly to the reader. */
  retsstatus: text('retsstatus', 'Skriv fx "Forslag, ikke vedtaget" eller "Vedtaget lov".', 200).optional(),
});

export type Kilde = z.output<typeof KildeSchema>;
