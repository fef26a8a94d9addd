import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { text } from './shared/field.ts';
import { httpsUrl } from './shared/url.ts';
import { KILDE_TYPER } from './shared/vocabularies.ts';

/** A source document or public page that entries cite. */
export const KildeSchema = entrySchema({
  titel: text('Skriv kildens titel, som den står på dokumentet.')
    .describe('Kildens egen titel, fx Visionspapir for samarbejdet med civilsamfundet.'),
  udgiver: text('Skriv den myndighed eller organisation, der har udgivet kilden.', 160)
    .describe('Hvem der har udgivet kilden, fx Region Hovedstaden.'),
  aar: z
    .number({ error: '"aar" skal være et årstal med fire cifre, fx 2025' })
    .int({ error: '"aar" skal være et helt årstal, fx 2025' })
    .min(1900, { error: '"aar" skal være et årstal efter 1900' })
    .max(2100, { error: '"aar" skal være et årstal før 2100' })
      .describe('Udgivelsesåret (eller det budgetår, kilden handler om).'),
  type: KILDE_TYPER.schema().describe('Hvilken slags kilde det er.'),
  url: httpsUrl().optional().describe('Hvor offentligheden kan læse kilden. Udelades for interne dokumenter.'),
  beskrivelse: text('Skriv en eller to sætninger om, hvad kilden er.', 600)
    .describe('En eller to sætninger om, hvad kilden er, og hvad den kan bruges til.'),
  dokument: z
    .string({ error: '"dokument" skal være stien til et af de fem kildedokumenter i repositoryet, fx data/kildedokumenter/000_a04ca0f5bb030a56.txt' })
    .regex(/^data\/kildedokumenter\/\d{3}_[0-9a-f]{16}\.txt$/, { error: '"dokument" skal være stien til et af de fem kildedokumenter i repositoryet, fx data/kildedokumenter/000_a04ca0f5bb030a56.txt' })
    .optional()
    .describe('Kun for de fem kildedokumenter: stien til dokumentets tekst i repositoryet (data/kildedokumenter/…). Så kan citater fra kilden tjekkes ord for ord.'),
  retsstatus: text('Skriv fx "Forslag, ikke vedtaget" eller "Vedtaget lov".', 200).optional()
    .describe('Om kilden er en beslutning, et forslag eller en vision – sagt ligeud til læseren.'),
}).describe('Et dokument eller en offentlig side, som posterne bygger på. Kun data, ingen brødtekst.');

export type Kilde = z.output<typeof KildeSchema>;
