import { z } from 'astro/zod';
import { daekning } from './shared/daekning.ts';
import { entrySchema } from './shared/meta.ts';
import { kilder, maalgrupper, resume, temaer } from './shared/common-fields.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { EKSEMPEL_STATUS, REGIONER, SAMARBEJDSMODELLER } from './shared/vocabularies.ts';

/** A concrete collaboration between a regional unit and one or more organisations. */
export const eksempelSchema = (ref: RefFactory) =>
  entrySchema({
    titel: text('Skriv en kort titel, der siger hvem der gør hvad.')
      .describe('En kort titel, der siger hvem der gør hvad med hvem.'),
    resume: resume('Skriv en eller to sætninger om samarbejdet.', 'Hvad samarbejdet er, i en eller to sætninger.'),
    region: REGIONER.schema().describe('Den region, samarbejdet hører til.'),
    enheder: list(ref('enheder'), 'Henvis til de regionale enheder, der deltager.')
      .describe('De regionale enheder, der deltager (hospitaler, psykiatriske centre …).'),
    organisationer: list(ref('organisationer'), 'Henvis til mindst én organisation.', 1)
      .describe('De organisationer, der deltager (mindst én).'),
    pejlemaerker: list(ref('pejlemaerker'), 'Henvis til mindst ét pejlemærke.', 1)
      .describe('De strategiske pejlemærker, samarbejdet er et eksempel på (mindst ét).'),
    maalgrupper: maalgrupper('Hvem samarbejdet er for.'),
    temaer: temaer('Hvad samarbejdet handler om.'),
    model: SAMARBEJDSMODELLER.schema().describe('Om arbejdet gøres af frivillige, lønnede medarbejdere eller begge.'),
    samarbejdsstatus: EKSEMPEL_STATUS.schema().describe('Hvor samarbejdet står nu.'),
    periode: text('Skriv perioden, som kilden angiver den, fx "Siden 2018", eller "Ikke oplyst".', 120)
      .describe('Hvornår samarbejdet løber, som kilden siger det, fx Siden 2018 eller Ikke oplyst.'),
    sundhedsraad: ref('sundhedsraad').optional()
      .describe('Det sundhedsråd, hvis område samarbejdet ligger i, hvis det er kendt.'),
    daekning: daekning('Hvor samarbejdet virker: bestemte kommuner, hele regionen, hele landet eller online, som kilden siger det.'),
    resultater: list(text('Skriv hvert resultat som en sætning med kilde.', 400), 'Skriv dokumenterede resultater.').optional()
      .describe('Resultater, som kilderne dokumenterer. Udelades, hvis ingen er dokumenteret.'),
    kilder: kilder(ref, 'De kilder, eksemplet bygger på (mindst én).'),
  }).describe('Et konkret samarbejde mellem en regional enhed og en eller flere organisationer.');

export type Eksempel = z.output<ReturnType<typeof eksempelSchema>>;
