import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { position } from './strategi.ts';
import { MAALGRUPPER_VEJLEDNING, TEMAER } from './shared/vocabularies.ts';

/** A step of a step-by-step guide; the body explains each step under a heading of the same title. */
export const TrinSchema = z.strictObject({
  /** The step in a few words, e.g. `Afklar idé og behov`. */
  titel: text('trin.titel', 'Skriv trinnet med få ord.', 120),
  /** What the reader does in this step, in one sentence. */
  tekst: text('trin.tekst', 'Skriv i én sætning, hvad man gør.', 400),
});

/** Related entries a guide points to. */
const relateret = (ref: RefFactory) =>
  z.strictObject({
    rammer: list('relateret.rammer', ref('rammer'), 'Henvis til rammer.').optional(),
    eksempler: list('relateret.eksempler', ref('eksempler'), 'Henvis til eksempler.').optional(),
    vejledninger: list('relateret.vejledninger', ref('vejledninger'), 'Henvis til vejledninger.').optional(),
    ordliste: list('relateret.ordliste', ref('ordliste'), 'Henvis til begreber.').optional(),
    tilbud: list('relateret.tilbud', ref('tilbud'), 'Henvis til tilbud.').optional(),
  });

/** A guide for staff, organisations, coordinators or editors. */
export const vejledningSchema = (ref: RefFactory) =>
  entrySchema({
    /** The guide's title, as a task: `Sådan starter du et samarbejde …`. */
    titel: text('titel', 'Skriv titlen som en opgave, fx "Sådan starter du et samarbejde".'),
    /** What the reader gets from the guide, in one or two sentences. */
    resume: text('resume', 'Skriv en eller to sætninger om, hvad vejledningen hjælper med.', 400),
    /** Who the guide is for (at least one). */
    maalgrupper: list('maalgrupper', MAALGRUPPER_VEJLEDNING.schema('maalgrupper'), 'Vælg mindst én.', 1),
    /** Themes of the guide. */
    temaer: list('temaer', TEMAER.schema('temaer'), 'Vælg de temaer, vejledningen handler om.').optional(),
    /** Ordered steps for a step-by-step journey. */
    trin: list('trin', TrinSchema, 'Skriv trinnene i rækkefølge.').optional(),
    /** Order on the list page within its audience. */
    raekkefoelge: position('raekkefoelge').optional(),
    /** Related entries. */
    relateret: relateret(ref).optional(),
    /** The sources the guide builds on (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Vejledning = z.output<ReturnType<typeof vejledningSchema>>;
