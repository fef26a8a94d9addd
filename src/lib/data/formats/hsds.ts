import { z } from 'astro/zod';
import { DatoSchema, HenvisningSchema, IdSchema, KodeSchema, postFelterShape, UrlSchema } from './common.ts';


/** Where an entry works, as recorded (`daekning`): the kind with its Danish label, the kommuner, and what it rests on. */
export const DaekningRecordSchema = z.strictObject({
  omfang: KodeSchema.describe('kommuner, region, land, online, uden-for-regionen eller ukendt – "ukendt" også når posten ikke har feltet.'),
  kommuner: z.array(z.string()).describe('Kommunerne, når omfang er kommuner; ellers tom.'),
  grundlag: z.string().optional().describe('Hvad i kilden dækningen bygger på.'),
}).describe('Hvor posten virker (vidensbasens felt daekning).');

/**
 * Organisations and offers in the shape of Open Referral HSDS 3.0 (organization, service,
 * phone, organization_identifier, service_area, attribute with taxonomy_term and taxonomy,
 * location with address, service_at_location): the standard field names where a field fits,
 * and the knowledge base's own fields under `vidensbasen`.
 *
 * The released schemas are in the repository (data/hsds-3.0/, Open Referral, CC BY-SA 4.0), and
 * tests/unit/data/hsds.test.ts holds these zod schemas to them: every field an official file lists
 * under "required" is required here too, every field published here has the official type, and
 * every exported record validates against organization.json or service.json with all files
 * loaded. The knowledge base's own fields are kept under `vidensbasen`, which HSDS allows.
 */

/** A text that must say something (HSDS requires the field; an empty string says nothing). */
const Tekst = z.string().min(1);

/** HSDS taxonomy: one of the knowledge base's vocabularies. */
export const TaxonomySchema = z.strictObject({
  id: IdSchema,
  name: Tekst.describe('Ordforrådets danske navn, fx "Målgrupper".'),
  description: Tekst.describe('Hvad ordforrådet beskriver.'),
}).describe('HSDS taxonomy: et af vidensbasens ordforråd.');

/** HSDS attribute: a vocabulary value (theme, target group …) attached to a record. */
export const AttributeSchema = z.strictObject({
  id: IdSchema,
  link_id: IdSchema.describe('Id på den organisation eller det tilbud, værdien hører til.'),
  link_entity: z.enum(['organization', 'service']).describe('Hvilken slags post link_id peger på.'),
  link_type: Tekst.describe('Hvilket ordforråd værdien kommer fra: temaer, maalgrupper, organisationstype eller omraader.'),
  taxonomy_term_id: IdSchema.describe('Id på værdien (samme værdi har samme id i alle filer).'),
  taxonomy_term: z.strictObject({
    id: IdSchema,
    code: Tekst.describe('Værdiens faste nøgle, fx "lighed-i-sundhed".'),
    name: Tekst.describe('Værdiens danske betegnelse.'),
    description: Tekst.describe('Hvad værdien betyder: betegnelsen og det ordforråd, den hører til.'),
    taxonomy_id: IdSchema.describe('Id på ordforrådet.'),
    taxonomy: Tekst.describe('Ordforrådets navn, fx "Målgrupper" (HSDS 3.0: taksonomiens navn som tekst).'),
    taxonomy_detail: TaxonomySchema.describe('Ordforrådet selv: id, navn og beskrivelse.'),
  }),
}).describe('HSDS attribute: en værdi fra et af vidensbasens ordforråd.');

/** HSDS phone: only the organisation's main number is ever published. */
export const PhoneSchema = z.strictObject({
  id: IdSchema,
  number: z.string().regex(/^\+45\d{8}$/).describe('Organisationens hovednummer, fx +4533333333. Aldrig en persons nummer.'),
  type: z.literal('voice'),
});

/** HSDS organization. */
export const OrganizationRecordSchema = z.strictObject({
  id: IdSchema,
  name: Tekst.describe('Organisationens navn.'),
  description: Tekst.describe('Kort beskrivelse (vidensbasens resumé).'),
  website: UrlSchema.describe('Organisationens hjemmeside.'),
  email: z.email().optional().describe('Fælles postkasse (fx info@…). Aldrig en persons adresse.'),
  phones: z.array(PhoneSchema).describe('Hovednummer, hvis det er oplyst.'),
  organization_identifiers: z.array(z.strictObject({
    id: IdSchema,
    identifier_scheme: z.literal('DK-CVR').describe('Nummersystem efter org-id.guide: DK-CVR er det danske CVR-register.'),
    identifier_type: z.literal('CVR-nummer'),
    identifier: z.string().regex(/^\d{8}$/).describe('CVR-nummeret (otte cifre).'),
  })).describe('CVR-nummer, hvis det er oplyst.'),
  attributes: z.array(AttributeSchema).describe('Type, målgrupper, temaer og regioner, organisationen arbejder i.'),
  vidensbasen: z.strictObject({
    ...postFelterShape,
    samarbejde: z.string().describe('Hvordan en regional enhed kan indlede et samarbejde.'),
    daekning: DaekningRecordSchema,
  }).describe('Vidensbasens egne felter (ikke en del af HSDS).'),
});

/** HSDS address of a location; only addresses a source gives are published. */
export const AddressSchema = z.strictObject({
  id: IdSchema,
  location_id: IdSchema,
  address_1: Tekst.describe('Vejnavn og husnummer.'),
  city: Tekst.describe('By.'),
  state_province: Tekst.describe('Regionen (HSDS kræver feltet; i Danmark er det regionen, tilbuddet hører under).'),
  postal_code: z.string().regex(/^\d{4}$/).describe('Postnummer.'),
  country: z.literal('DK'),
  address_type: z.enum(['physical', 'postal']).describe('physical: man møder op her; postal: kun til post.'),
});

/** HSDS location: where an offer takes place, physically, by post or online. */
export const LocationSchema = z.strictObject({
  id: IdSchema,
  location_type: z.enum(['physical', 'postal', 'virtual']).describe('physical (besøgsadresse), postal (postadresse) eller virtual (online).'),
  organization_id: IdSchema.describe('Organisationen, der driver tilbuddet.'),
  name: Tekst.describe('Stedets navn: tilbuddets navn og "online" eller adressen.'),
  url: UrlSchema.optional().describe('Webadressen, hvis stedet er online.'),
  addresses: z.array(AddressSchema).describe('Adressen, hvis stedet er fysisk eller en postadresse.'),
});

/** HSDS service_at_location: the link between an offer and one of its locations. */
export const ServiceAtLocationSchema = z.strictObject({
  id: IdSchema,
  service_id: IdSchema,
  location_id: IdSchema,
  location: LocationSchema,
});

/** HSDS service: an offer run by an organisation. */
export const ServiceRecordSchema = z.strictObject({
  id: IdSchema,
  organization_id: IdSchema.describe('Id på den organisation, der driver tilbuddet (se organisationer.json).'),
  name: Tekst.describe('Tilbuddets navn.'),
  description: Tekst.describe('Kort beskrivelse (vidensbasens resumé).'),
  url: UrlSchema.describe('Siden, der beskriver tilbuddet.'),
  status: z.literal('active').describe('Alle publicerede tilbud angives som active; vidensbasen registrerer ikke lukkede tilbud.'),
  application_process: z.string().describe('Sådan henviser man, eller sådan tager man kontakt.'),
  fees_description: z.string().describe('Pris for deltageren, fx "Gratis" eller "Ikke oplyst".'),
  assured_date: DatoSchema.describe('Hvornår oplysningerne sidst er tjekket mod kilderne.'),
  service_areas: z.array(z.strictObject({
    id: IdSchema,
    service_id: IdSchema,
    name: z.string().describe('Hvor tilbuddet foregår, som kilden angiver det (fri tekst), eller en kommune, Region Østdanmark, Danmark eller Online fra dækningen.'),
    description: z.string().optional().describe('Hvad området bygger på: feltet "Hvor" eller dækningen og dens grundlag.'),
  })).describe('Hvor tilbuddet foregår: først feltet "Hvor", så ét område pr. kommune eller et område for hele regionen, landet eller online fra dækningen.'),
  service_at_locations: z.array(ServiceAtLocationSchema).describe('Hvor tilbuddet foregår med adresse, eller online – kun når posten oplyser det.'),
  attributes: z.array(AttributeSchema).describe('Målgrupper og temaer.'),
  vidensbasen: z.strictObject({
    ...postFelterShape,
    organisation: HenvisningSchema.describe('Organisationen, der driver tilbuddet.'),
    daekning: DaekningRecordSchema,
  }).describe('Vidensbasens egne felter (ikke en del af HSDS).'),
});

export type OrganizationRecord = z.output<typeof OrganizationRecordSchema>;
export type ServiceRecord = z.output<typeof ServiceRecordSchema>;
