import { z } from 'astro/zod';
import { entrySchema } from './shared/meta.ts';
import { list, text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { httpsUrl } from './shared/url.ts';
import { MAALGRUPPER, TEMAER } from './shared/vocabularies.ts';

/** An offer run by an organisation that staff can refer a patient or citizen to. */
export const tilbudSchema = (ref: RefFactory) =>
  entrySchema({
    /** The offer's name. */
    titel: text('titel', 'Skriv tilbuddets navn.'),
    /** The organisation that runs it. */
    organisation: ref('organisationer'),
    /** What the offer gives the person, in one or two sentences. */
    resume: text('resume', 'Skriv en eller to sætninger om tilbuddet.', 400),
    /** Whom it is for. */
    maalgrupper: list('maalgrupper', MAALGRUPPER.schema('maalgrupper'), 'Vælg mindst én målgruppe.', 1),
    /** What it is about. */
    temaer: list('temaer', TEMAER.schema('temaer'), 'Vælg mindst ét tema.', 1),
    /** Where it takes place, as the source says it. */
    hvor: text('hvor', 'Skriv hvor tilbuddet foregår, fx "Hjerteafdelingen på Nordsjællands Hospital", eller "Ikke oplyst".', 200),
    /** How staff refer someone, or how people get in touch. */
    henvisning: text('henvisning', 'Skriv hvordan man henviser, eller "Kontakt organisationen via dens hjemmeside".', 500),
    /** What it costs the person, e.g. `Gratis` or `Ikke oplyst`. */
    pris: text('pris', 'Skriv prisen for deltageren, fx "Gratis" eller "Ikke oplyst".', 120),
    /** The page that describes the offer. */
    url: httpsUrl('url'),
    /** The sources that describe the offer (at least one). */
    kilder: list('kilder', ref('kilder'), 'Henvis til mindst én kilde.', 1),
  });

export type Tilbud = z.output<ReturnType<typeof tilbudSchema>>;
