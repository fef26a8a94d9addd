import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { EKSEMPEL_STATUS, MAALGRUPPER, REGIONER, SAMARBEJDSMODELLER, TEMAER } from './shared/vocabularies.ts';

/** A concrete collaboration between a regional unit and one or more organisations. */
export const eksempelSchema = (ref: RefFactory) =>
  entrySchema({
    /** A short, descriptive title: who does what with whom. */
    titel: text('titel', 'Skriv en kort titel, der siger hvem der gør hvad.'),
    /** What the collaboration is, in one or two sentences. */
    resume: text('resume', 'Skriv en eller to sætninger om samarbejdet.', 400),
    /** The region the collaboration belongs to. */
    region: REGIONER.schema('region'),
    /** Regional units taking part (hospitals, psychiatric centres …). */
    enheder: list('enheder', ref('enheder'), 'Henvis til de regionale enheder, der deltager.'),
    /** Organisations taking part (at least one). */
    organisationer: list('organisationer', ref('organisationer'), 'Henvis til mindst én organisation.', 1),
    /** The strategic bearings the collaboration illustrates (at least one). */
    pejlemaerker: list('pejlemaerker', ref('pejlemaerker'), 'Henvis til mindst ét pejlemærke.', 1),
    /** Whom it is for. */
    maalgrupper: list('maalgrupper', MAALGRUPPER.schema('maalgrupper'), 'Vælg mindst én målgruppe.', 1),
    /** What it is about. */
    temaer: list('temaer', TEMAER.schema('temaer'), 'Vælg mindst ét tema.', 1),
    /** Whether volunteers, paid staff or both do the work. */
    model: SAMARBEJDSMODELLER.schema('model'),
    /** Where the collaboration stands. */
    samarbejdsstatus: EKSEMPEL_STATUS.schema('samarbejdsstatus'),
    /** When it runs, as the sources say it, e.g. `Siden 2018` or `Fireårigt projekt`. */
    periode: text('periode', 'Skriv perioden, som kilden angiver den, fx "Siden 2018", eller "Ikke oplyst".', 120),
    /** The health council whose area it lies in, if known. */
    sundhedsraad: ref('sundhedsraad').optional(),
    /** Results the sources report; leave out if none are documented. */
    resultater: list('resultater', text('resultater', 'Skriv hvert resultat som en sætning med kilde.', 400), 'Skriv dokumenterede resultater.').optional(),
    /** The sources the example builds on (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Eksempel = z.output<ReturnType<typeof eksempelSchema>>;
