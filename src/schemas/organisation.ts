import { z } from 'astro/zod';
import { daekning } from './shared/daekning.ts';
import { entrySchema } from './shared/meta.ts';
import { kilder, maalgrupper, resume, temaer } from './shared/common-fields.ts';
import { fieldError, list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { httpsUrl, mainNumberTel, roleMailto } from './shared/url.ts';
import { ORGANISATIONSTYPER, REGIONER } from './shared/vocabularies.ts';

/** True when an eight-digit CVR number passes the modulus-11 check (weights 2765432 1). */
export function isValidCvr(cvr: string): boolean {
  if (!/^\d{8}$/.test(cvr)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = [...cvr].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0);
  return sum % 11 === 0;
}

/** A CVR number: eight digits whose check digit fits (the web editor's CVR field finds it by its title). */
export function cvrNumber() {
  return z
    .string({ error: '"cvr" skal skrives i anførselstegn som otte cifre, fx "12345674" (uden anførselstegn læses tallet ikke som tekst)' })
    .regex(/^\d{8}$/, { error: '"cvr" skal være præcis otte cifre uden mellemrum, fx 12345674' })
    .refine(isValidCvr, { error: '"cvr" er ikke et gyldigt CVR-nummer (kontrolcifferet passer ikke). Tjek nummeret på virk.dk.' })
    .meta({ title: 'CVR-nummer' });
}

/** A general contact: a role mailbox and/or a main number, never a person's own. */
export const KontaktSchema = z
  .strictObject(
    {
      mail: roleMailto().optional().describe('En fælles postkasse, fx info@eksempel.dk – aldrig en persons egen adresse.'),
      telefon: mainNumberTel().optional()
        .describe('Organisationens hovednummer med otte cifre, fx 33 33 33 33.'),
    },
    { error: fieldError('Skriv kontakt med mail: mailto:… og/eller telefon: tel:+45…') },
  )
  .refine((k) => k.mail !== undefined || k.telefon !== undefined, {
    error: '"kontakt" skal have mindst én af "mail" og "telefon" – eller udelades helt.',
  });

/** An organisation in civil society that the region collaborates with or could. */
export const organisationSchema = (ref: RefFactory) =>
  entrySchema({
    navn: text('Skriv organisationens navn, som den selv skriver det.', 160)
      .describe('Organisationens navn, som den selv skriver det.'),
    type: ORGANISATIONSTYPER.schema().describe('Organisationstypen efter Region Midtjyllands typologi.'),
    resume: resume('Skriv en eller to sætninger om, hvad organisationen gør.', 'Hvad organisationen gør, i en eller to sætninger. Vises under navnet og i lister.'),
    hjemmeside: httpsUrl().describe('Organisationens egen hjemmeside.'),
    kontakt: KontaktSchema.optional()
      .describe('Generel kontakt: en fælles postkasse og/eller et hovednummer – aldrig en persons egen mail eller mobil. Kan udelades.'),
    cvr: cvrNumber().optional().describe('CVR-nummeret, otte cifre, fx 12345674. Kan udelades, hvis organisationen ikke har et.'),
    omraader: list(REGIONER.schema(), 'Vælg de regioner, organisationen arbejder i.', 1)
      .describe('De regioner, organisationen arbejder i.'),
    maalgrupper: maalgrupper('Hvem organisationen arbejder for.'),
    temaer: temaer('Hvad organisationen arbejder med.'),
    samarbejde: text('Skriv kort, hvordan man kan tage kontakt eller indgå et samarbejde.', 600)
      .describe('Hvordan en regional enhed kan tage kontakt eller indgå et samarbejde, i en eller to sætninger.'),
    daekning: daekning('Hvor organisationen arbejder: bestemte kommuner, hele regionen, hele landet eller online, som kilden siger det.'),
    kilder: kilder(ref, 'De kilder, profilen bygger på (mindst én).'),
  }).describe('En organisation i civilsamfundet, som regionen samarbejder med eller kan samarbejde med.');

export type Organisation = z.output<ReturnType<typeof organisationSchema>>;
