import { z } from 'astro/zod';
import { daekning } from './shared/daekning.ts';
import { entrySchema } from './shared/meta.ts';
import { kilder, maalgrupper, resume, temaer } from './shared/common-fields.ts';
import { text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { httpsUrl } from './shared/url.ts';
import { ADRESSETYPER, REGIONER } from './shared/vocabularies.ts';

/** A Danish street address, only as a source gives it: never guessed from a place name. */
const AdresseSchema = z.strictObject(
  {
    type: ADRESSETYPER.schema().describe('besoeg, hvis man møder op på adressen; post, hvis den kun er til post.'),
    vej: text('Skriv vejnavn og husnummer, fx "Eksempelvej 1".', 120).describe('Vejnavn og husnummer.'),
    postnummer: z.string({ error: '"adresse.postnummer" skal være fire cifre i anførselstegn, fx "2100".' })
      .regex(/^\d{4}$/, { error: '"adresse.postnummer" skal være fire cifre i anførselstegn, fx "2100".' }).describe('Postnummer (fire cifre).'),
    by: text('Skriv bynavnet, som det står efter postnummeret.', 60).describe('Bynavnet efter postnummeret.'),
    region: REGIONER.schema().describe('Regionen, adressen ligger i.'),
  },
  { error: '"adresse" skal have type, vej, postnummer, by og region – eller udelades helt.' },
);

/** An offer run by an organisation that staff can refer a patient or citizen to. */
export const tilbudSchema = (ref: RefFactory) =>
  entrySchema({
    titel: text('Skriv tilbuddets navn.').describe('Tilbuddets navn.'),
    organisation: ref('organisationer').describe('Den organisation, der driver tilbuddet.'),
    resume: resume('Skriv en eller to sætninger om tilbuddet.', 'Hvad tilbuddet giver deltageren, i en eller to sætninger.'),
    maalgrupper: maalgrupper('Hvem tilbuddet er for.'),
    temaer: temaer('Hvad tilbuddet handler om.'),
    hvor: text('Skriv hvor tilbuddet foregår, fx "Hjerteafdelingen på Nordsjællands Hospital", eller "Ikke oplyst".', 200)
      .describe('Hvor tilbuddet foregår, som kilden siger det.'),
    henvisning: text('Skriv hvordan man henviser, eller "Kontakt organisationen via dens hjemmeside".', 500)
      .describe('Hvordan medarbejdere henviser, eller hvordan man tager kontakt.'),
    pris: text('Skriv prisen for deltageren, fx "Gratis" eller "Ikke oplyst".', 120)
      .describe('Hvad tilbuddet koster deltageren, fx Gratis eller Ikke oplyst.'),
    url: httpsUrl().describe('Den side, der beskriver tilbuddet.'),
    adresse: AdresseSchema.optional()
      .describe('Adressen, hvor tilbuddet foregår, hvis en kilde oplyser den. Udelad feltet, hvis den ikke er oplyst.'),
    online: z.boolean({ error: '"online" skal være true eller false.' }).optional()
      .describe('Skriv true, hvis tilbuddet foregår online. Så peger de åbne data på tilbuddets webadresse.'),
    daekning: daekning('Hvor tilbuddet kan bruges: bestemte kommuner, hele regionen, hele landet eller online, som kilden siger det.'),
    kilder: kilder(ref, 'De kilder, der beskriver tilbuddet (mindst én).'),
  }).describe('Et tilbud, som en organisation driver, og som medarbejdere kan henvise patienter eller borgere til.');

export type Tilbud = z.output<ReturnType<typeof tilbudSchema>>;
