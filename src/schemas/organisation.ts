import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { fieldError, list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { httpsUrl, mainNumberTel, roleMailto } from './shared/url.ts';
import { MAALGRUPPER, ORGANISATIONSTYPER, REGIONER, TEMAER } from './shared/vocabularies.ts';

/** True when an eight-digit CVR number passes the modulus-11 check (weights 2765432 1). */
export function isValidCvr(cvr: string): boolean {
  if (!/^\d{8}$/.test(cvr)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = [...cvr].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0);
  return sum % 11 === 0;
}

/** A general contact: a role mailbox and/or a main number, never a person's own. */
export const KontaktSchema = z
  .strictObject(
    {
      /** A functional mailbox, e.g. `mailto:info@eksempel.dk`. */
      mail: roleMailto('kontakt.mail').optional(),
      /** The organisation's main number, e.g. `tel:+4533333333`. */
      telefon: mainNumberTel('kontakt.telefon').optional(),
    },
    { error: fieldError('kontakt', 'Skriv kontakt med mail: mailto:… og/eller telefon: tel:+45…') },
  )
  .refine((k) => k.mail !== undefined || k.telefon !== undefined, {
    error: '"kontakt" skal have mindst én af "mail" og "telefon" – eller udelades helt.',
  });

/** An organisation in civil society that the region collaborates with or could. */
export const organisationSchema = (ref: RefFactory) =>
  entrySchema({
    /** The organisation's own name. */
    navn: text('navn', 'Skriv organisationens navn, som den selv skriver det.', 160),
    /** Its type, after Region Midtjylland's typology. */
    type: ORGANISATIONSTYPER.schema('type'),
    /** What the organisation does, in one or two sentences. */
    resume: text('resume', 'Skriv en eller to sætninger om, hvad organisationen gør.', 400),
    /** The organisation's own website. */
    hjemmeside: httpsUrl('hjemmeside'),
    /** General contact (role mailbox, main number) – optional. */
    kontakt: KontaktSchema.optional(),
    /** CVR number: eight digits that pass the modulus-11 check. */
    cvr: z
      .string({ error: '"cvr" skal skrives i anførselstegn som otte cifre, fx "12345678"' })
      .regex(/^\d{8}$/, { error: '"cvr" skal være præcis otte cifre uden mellemrum, fx "12345678"' })
      .refine(isValidCvr, { error: '"cvr" er ikke et gyldigt CVR-nummer (kontrolcifferet passer ikke). Tjek nummeret på virk.dk.' })
      .optional(),
    /** The regions where it works. */
    omraader: list('omraader', REGIONER.schema('omraader'), 'Vælg de regioner, organisationen arbejder i.', 1),
    /** Whom it works for. */
    maalgrupper: list('maalgrupper', MAALGRUPPER.schema('maalgrupper'), 'Vælg mindst én målgruppe.', 1),
    /** What it works with. */
    temaer: list('temaer', TEMAER.schema('temaer'), 'Vælg mindst ét tema.', 1),
    /** How a regional unit can start a collaboration with it, in a sentence or two. */
    samarbejde: text('samarbejde', 'Skriv kort, hvordan man kan tage kontakt eller indgå et samarbejde.', 600),
    /** The sources the profile builds on (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Organisation = z.output<ReturnType<typeof organisationSchema>>;
