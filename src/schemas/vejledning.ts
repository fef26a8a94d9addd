import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { kilder, resume } from './shared/common-fields.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { position } from './strategi.ts';
import { MAALGRUPPER_VEJLEDNING, TEMAER } from './shared/vocabularies.ts';

/** A step of a step-by-step guide; the body explains each step under a heading of the same title. */
export const TrinSchema = z.strictObject({
  titel: text('Skriv trinnet med få ord.', 120).describe('Trinnet med få ord, fx Afklar idé og behov.'),
  tekst: text('Skriv i én sætning, hvad man gør.', 400).describe('Hvad læseren gør i trinnet, i én sætning.'),
});

/** Related entries a guide points to. */
const relateret = (ref: RefFactory) =>
  z.strictObject({
    rammer: list(ref('rammer'), 'Henvis til rammer.').optional()
      .describe('Rammer, der gælder for det, vejledningen handler om.'),
    eksempler: list(ref('eksempler'), 'Henvis til eksempler.').optional()
      .describe('Eksempler, der viser det i praksis.'),
    vejledninger: list(ref('vejledninger'), 'Henvis til vejledninger.').optional()
      .describe('Andre vejledninger, læseren kan få brug for.'),
    ordliste: list(ref('ordliste'), 'Henvis til begreber.').optional()
      .describe('Begreber i ordlisten, vejledningen bruger.'),
    tilbud: list(ref('tilbud'), 'Henvis til tilbud.').optional()
      .describe('Tilbud, man kan henvise til.'),
  });

/** A guide for staff, organisations, coordinators or editors. */
export const vejledningSchema = (ref: RefFactory) =>
  entrySchema({
    titel: text('Skriv titlen som en opgave, fx "Sådan starter du et samarbejde".')
      .describe('Titlen som en opgave, fx Sådan starter du et samarbejde.'),
    resume: resume('Skriv en eller to sætninger om, hvad vejledningen hjælper med.', 'Hvad læseren får ud af vejledningen, i en eller to sætninger.'),
    maalgrupper: list(MAALGRUPPER_VEJLEDNING.schema(), 'Vælg mindst én.', 1)
      .describe('Hvem vejledningen er til (mindst én).'),
    temaer: list(TEMAER.schema(), 'Vælg de temaer, vejledningen handler om.').optional()
      .describe('Vejledningens temaer.'),
    trin: list(TrinSchema, 'Skriv trinnene i rækkefølge.').optional()
      .describe('Trinnene i rækkefølge, når vejledningen er trin for trin. Brødteksten forklarer hvert trin under en overskrift med samme titel.'),
    raekkefoelge: position().optional().describe('Rækkefølgen på listesiden inden for målgruppen.'),
    relateret: relateret(ref).optional().describe('Poster, vejledningen peger videre til.'),
    kilder: kilder(ref, 'De kilder, vejledningen bygger på (mindst én).'),
  }).describe('En vejledning til medarbejdere, organisationer, koordinatorer eller redaktører, gerne trin for trin.');

export type Vejledning = z.output<ReturnType<typeof vejledningSchema>>;
