import { z } from 'astro/zod';
import { daekning } from './shared/daekning.ts';
import { entrySchema } from './shared/meta.ts';
import { kilder, resume } from './shared/common-fields.ts';
import { text } from './shared/field.ts';
import type { RefFactory } from './shared/reference.ts';
import { httpsUrl } from './shared/url.ts';
import { ENHEDSTYPER, REGIONER } from './shared/vocabularies.ts';

/** A regional unit: a hospital, psychiatric centre, clinic or regional enterprise. */
export const enhedSchema = (ref: RefFactory) =>
  entrySchema({
    navn: text('Skriv enhedens navn, fx "Herlev og Gentofte Hospital".', 160)
      .describe('Enhedens navn, fx Herlev og Gentofte Hospital.'),
    type: ENHEDSTYPER.schema().describe('Hvilken slags enhed det er.'),
    region: REGIONER.schema().describe('Den region, enheden hører til i dag.'),
    sundhedsraad: ref('sundhedsraad').optional()
      .describe('Det sundhedsråd, hvis område enheden ligger i, hvis det er bekræftet.'),
    daekning: daekning('Hvilke kommuner enheden betjener, eller hele regionen, som kilden siger det.'),
    hjemmeside: httpsUrl().optional().describe('Enhedens egen hjemmeside.'),
    resume: resume('Skriv en sætning om enheden.', 'En sætning om enheden, fra kilderne.'),
    kilder: kilder(ref, 'De kilder, der nævner enheden (mindst én).'),
  }).describe('En regional enhed: et hospital, et psykiatrisk center, en klinik eller en regional virksomhed. Kun data, ingen brødtekst.');

export type Enhed = z.output<ReturnType<typeof enhedSchema>>;
