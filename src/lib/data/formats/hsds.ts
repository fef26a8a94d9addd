import { z } from 'astro/zod';
import { Dato, Henvisning, Id, postFelter, Url } from './common.ts';

/**
 * Organisations and offers in the shape of Open Referral HSDS 3.0 (organization, service,
 * phone, organization_identifier, service_area, attribute with taxonomy_term): the standard
 * field names where a field fits, and the knowledge base's own fields under `vidensbasen`.
 */

/** HSDS attribute: a vocabulary value (theme, target group …) attached to a record. */
export const Attribute = z.strictObject({
  id: Id,
  link_id: Id.describe('Id på den organisation eller det tilbud, værdien hører til.'),
  link_entity: z.enum(['organization', 'service']).describe('Hvilken slags post link_id peger på.'),
  link_type: z.string().describe('Hvilket ordforråd værdien kommer fra: temaer, maalgrupper, organisationstype eller omraader.'),
  taxonomy_term_id: Id.describe('Id på værdien (samme værdi har samme id i alle filer).'),
  taxonomy_term: z.strictObject({
    id: Id,
    code: z.string().describe('Værdiens faste nøgle, fx "lighed-i-sundhed".'),
    name: z.string().describe('Værdiens danske betegnelse.'),
    taxonomy: z.string().describe('Ordforrådets navn i vidensbasen.'),
  }),
}).describe('HSDS attribute: en værdi fra et af vidensbasens ordforråd.');

/** HSDS phone: only the organisation's main number is ever published. */
export const Phone = z.strictObject({
  id: Id,
  number: z.string().regex(/^\+45\d{8}$/).describe('Organisationens hovednummer, fx +4533333333. Aldrig en persons nummer.'),
  type: z.literal('voice'),
});

/** HSDS organization. */
export const Organization = z.strictObject({
  id: Id,
  name: z.string().describe('Organisationens navn.'),
  description: z.string().describe('Kort beskrivelse (vidensbasens resumé).'),
  website: Url.describe('Organisationens hjemmeside.'),
  email: z.email().optional().describe('Fælles postkasse (fx info@…). Aldrig en persons adresse.'),
  phones: z.array(Phone).describe('Hovednummer, hvis det er oplyst.'),
  organization_identifiers: z.array(z.strictObject({
    id: Id,
    identifier_scheme: z.literal('DK-CVR').describe('Nummersystem efter org-id.guide: DK-CVR er det danske CVR-register.'),
    identifier_type: z.literal('CVR-nummer'),
    identifier: z.string().regex(/^\d{8}$/).describe('CVR-nummeret (otte cifre).'),
  })).describe('CVR-nummer, hvis det er oplyst.'),
  attributes: z.array(Attribute).describe('Type, målgrupper, temaer og regioner, organisationen arbejder i.'),
  vidensbasen: z.strictObject({
    ...postFelter,
    samarbejde: z.string().describe('Hvordan en regional enhed kan indlede et samarbejde.'),
  }).describe('Vidensbasens egne felter (ikke en del af HSDS).'),
});

/** HSDS service: an offer run by an organisation. */
export const Service = z.strictObject({
  id: Id,
  organization_id: Id.describe('Id på den organisation, der driver tilbuddet (se organisationer.json).'),
  name: z.string().describe('Tilbuddets navn.'),
  description: z.string().describe('Kort beskrivelse (vidensbasens resumé).'),
  url: Url.describe('Siden, der beskriver tilbuddet.'),
  status: z.literal('active').describe('Alle publicerede tilbud angives som active; vidensbasen registrerer ikke lukkede tilbud.'),
  application_process: z.string().describe('Sådan henviser man, eller sådan tager man kontakt.'),
  fees_description: z.string().describe('Pris for deltageren, fx "Gratis" eller "Ikke oplyst".'),
  assured_date: Dato.describe('Hvornår oplysningerne sidst er tjekket mod kilderne.'),
  service_areas: z.array(z.strictObject({
    id: Id,
    service_id: Id,
    name: z.string().describe('Hvor tilbuddet foregår, som kilden angiver det (fri tekst).'),
  })).describe('Hvor tilbuddet foregår.'),
  attributes: z.array(Attribute).describe('Målgrupper og temaer.'),
  vidensbasen: z.strictObject({
    ...postFelter,
    organisation: Henvisning.describe('Organisationen, der driver tilbuddet.'),
  }).describe('Vidensbasens egne felter (ikke en del af HSDS).'),
});

export type OrganizationRecord = z.output<typeof Organization>;
export type ServiceRecord = z.output<typeof Service>;
