import { z } from 'astro/zod';
import { kommuneSchema } from './shared/daekning.ts';
import { entrySchema } from './shared/meta.ts';
import { kilder, resume } from './shared/common-fields.ts';
import { fieldError, list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { roleMailto } from './shared/url.ts';
import { REGIONER } from './shared/vocabularies.ts';

/** The entry point for organisations: a role and a functional mailbox, or not yet appointed. */
export const IndgangSchema = z.union(
  [
    z.literal('ikke udpeget endnu'),
    z.strictObject({
      rolle: text('Skriv rollen, fx "Civilsamfundskoordinator".', 120)
        .describe('Rollen, fx Civilsamfundskoordinator.'),
      mail: roleMailto().describe('Rollens fælles postkasse, skrevet som mailto:….'),
    }),
  ],
  { error: fieldError('Skriv "ikke udpeget endnu", eller rolle: … og mail: mailto:… for en fælles postkasse.') },
);

/** A health council (sundhedsråd): the political forum for an area's near health services. */
export const sundhedsraadSchema = (ref: RefFactory) =>
  entrySchema({
    navn: text('Skriv sundhedsrådets officielle navn.', 160)
      .describe('Sundhedsrådets officielle navn, fx Sundhedsråd Amager og Vestegnen.'),
    region: REGIONER.schema().describe('Den region, sundhedsrådet hører til.'),
    kommuner: list(kommuneSchema(), 'Skriv kommunerne, hvis en kilde nævner dem, ellers []. De skal stå i listen i src/schemas/shared/kommuner.ts.')
      .describe('Kommunerne i sundhedsrådets område, hvis en kilde nævner dem, ellers []. Skal være de samme som i src/schemas/shared/kommuner.ts.'),
    kommunerVerificeret: z.boolean({ error: fieldError('Skriv true, hvis listen over kommuner er bekræftet af en kilde, ellers false.') })
      .describe('true, hvis en kilde bekræfter, at listen over kommuner er fuldstændig, ellers false.'),
    indgang: IndgangSchema.describe('Civilsamfundets indgang: ikke udpeget endnu, eller en rolle og dens fælles postkasse.'),
    resume: resume('Skriv kort, hvad der er bekræftet om sundhedsrådet.', 'Hvad der er bekræftet om sundhedsrådet, i en eller to sætninger.'),
    kilder: kilder(ref, 'Kilderne til sundhedsrådet (mindst én).'),
  }).describe('Et sundhedsråd: det politiske forum for et områdes nære sundhedstilbud, og civilsamfundets indgang til det.');

export type Sundhedsraad = z.output<ReturnType<typeof sundhedsraadSchema>>;
