import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { fieldError, list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { roleMailto } from './shared/url.ts';
import { REGIONER } from './shared/vocabularies.ts';

/** The entry point for organisations: a role and a functional mailbox, or not yet appointed. */
export const IndgangSchema = z.union(
  [
    z.literal('ikke udpeget endnu'),
    z.strictObject({
      /** The role, e.g. `Civilsamfundskoordinator`. */
      rolle: text('indgang.rolle', 'Skriv rollen, fx "Civilsamfundskoordinator".', 120),
      /** The role's functional mailbox. */
      mail: roleMailto('indgang.mail'),
    }),
  ],
  { error: fieldError('indgang', 'Skriv "ikke udpeget endnu", eller rolle: … og mail: mailto:… for en fælles postkasse.') },
);

/** A health council (sundhedsråd): the political forum for an area's near health services. */
export const sundhedsraadSchema = (ref: RefFactory) =>
  entrySchema({
    /** The council's official name, e.g. `Sundhedsråd Amager og Vestegnen`. */
    navn: text('navn', 'Skriv sundhedsrådets officielle navn.', 160),
    /** The region it belongs to. */
    region: REGIONER.schema('region'),
    /** The municipalities in its area, where a source lists them; otherwise empty. */
    kommuner: list('kommuner', text('kommuner', 'Skriv kommunens navn.', 80), 'Skriv kommunerne, hvis en kilde nævner dem, ellers [].'),
    /** Whether the list of municipalities is complete and verified. */
    kommunerVerificeret: z.boolean({ error: fieldError('kommunerVerificeret', 'Skriv true, hvis listen over kommuner er bekræftet af en kilde, ellers false.') }),
    /** The civil-society entry point: the coordinator function. */
    indgang: IndgangSchema,
    /** One or two sentences on what is verified about the council. */
    resume: text('resume', 'Skriv kort, hvad der er bekræftet om sundhedsrådet.', 400),
    /** The sources for the council (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Sundhedsraad = z.output<ReturnType<typeof sundhedsraadSchema>>;
