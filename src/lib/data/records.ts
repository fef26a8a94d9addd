import type { EntryRef } from '../../schemas/shared/reference.ts';
import type { Tilbud } from '../../schemas/tilbud.ts';
import type { Vocab } from '../../schemas/shared/vocab.ts';
import {
  EKSEMPEL_STATUS, GAELDER_FOR, LAESERE, MAALGRUPPER, ORGANISATIONSTYPER, RAMME_ARTER, REGIONER, SAMARBEJDSMODELLER, SITUATIONER, TEMAER,
} from '../../schemas/shared/vocabularies.ts';
import { absolute, henvisninger, keyOf, kode, koder, postFields, type DataContext, type DataEntry } from './context.ts';
import type { EksempelRecord, RammeRecord, SundhedsraadRecord } from './formats/own.ts';
import type { OrganizationRecord, ServiceRecord } from './formats/hsds.ts';
import { stableId } from './ids.ts';

/**
 * One record per published entry. Only typed frontmatter fields and the summary are read: never
 * the body text, the owner or anything else an editor may have written in prose, so personal data
 * that slipped into a body cannot reach the exports.
 */

type Entity = 'organization' | 'service';

type TaxonomyName = 'organisationstype' | 'maalgrupper' | 'temaer' | 'omraader';

/** The vocabularies used as HSDS taxonomies: their Danish name and what they describe. */
const TAXONOMIES: Record<TaxonomyName, { vocab: Vocab<string>; name: string; description: string }> = {
  organisationstype: { vocab: ORGANISATIONSTYPER, name: 'Organisationstyper', description: 'Hvilken slags organisation det er.' },
  maalgrupper: { vocab: MAALGRUPPER, name: 'Målgrupper', description: 'Hvem organisationen eller tilbuddet er for.' },
  temaer: { vocab: TEMAER, name: 'Temaer', description: 'Hvad organisationen eller tilbuddet arbejder med.' },
  omraader: { vocab: REGIONER, name: 'Regioner', description: 'De regioner, organisationen arbejder i.' },
};

/** HSDS attributes for the vocabulary fields of an organisation or offer. */
function attributes(entry: DataEntry, entity: Entity, fields: [field: string, taxonomy: TaxonomyName][]) {
  const linkId = stableId(keyOf(entry));
  return fields.flatMap(([field, taxonomy]) => {
    const { vocab, name, description } = TAXONOMIES[taxonomy];
    const raw = entry.data[field];
    const keys = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) as string[];
    const taxonomyId = stableId(`ordforraad/${taxonomy}`);
    return keys.map((code) => {
      const termId = stableId(`ordforraad/${taxonomy}/${code}`);
      const label = vocab.label(code);
      return {
        id: stableId(`${keyOf(entry)}#${taxonomy}/${code}`),
        link_id: linkId,
        link_entity: entity,
        link_type: taxonomy,
        taxonomy_term_id: termId,
        taxonomy_term: {
          id: termId,
          code,
          name: label,
          description: `${label}: en værdi i vidensbasens ordforråd "${name}". ${description}`,
          taxonomy_id: taxonomyId,
          taxonomy: { id: taxonomyId, name, description },
        },
      };
    });
  });
}

/** An offer's address, if a source gives one. */
type Adresse = NonNullable<Tilbud['adresse']>;

/** HSDS locations of an offer, each with its service_at_location link: its address, and online. */
function serviceAtLocations(entry: DataEntry, organizationId: string): ServiceRecord['service_at_locations'] {
  const key = keyOf(entry);
  const serviceId = stableId(key);
  const title = String(entry.data['titel']);
  const adresse = entry.data['adresse'] as Adresse | undefined;
  const locations: ServiceRecord['service_at_locations'][number]['location'][] = [];
  if (adresse) {
    const id = stableId(`${key}#adresse`);
    const type = adresse.type === 'besoeg' ? 'physical' : 'postal';
    locations.push({
      id, location_type: type, organization_id: organizationId, name: `${title}, ${adresse.vej}, ${adresse.postnummer} ${adresse.by}`,
      addresss: [{
        id: stableId(`${key}#adresse/adresse`), location_id: id, address_1: adresse.vej, city: adresse.by,
        state_province: REGIONER.label(adresse.region), postal_code: adresse.postnummer, country: 'DK', address_type: type,
      }],
    });
  }
  if (entry.data['online'] === true) {
    locations.push({ id: stableId(`${key}#online`), location_type: 'virtual', organization_id: organizationId, name: `${title} (online)`, url: String(entry.data['url']), addresss: [] });
  }
  return locations.map((location) => ({ id: stableId(`${key}#sted/${location.id}`), service_id: serviceId, location_id: location.id, location }));
}

const strip = (uri: string, scheme: string) => uri.slice(scheme.length);

/** An organisation as an HSDS organization. */
export function organizationRecord(ctx: DataContext, entry: DataEntry): OrganizationRecord {
  const d = entry.data;
  const key = keyOf(entry);
  const kontakt = d['kontakt'] as { mail?: string; telefon?: string } | undefined;
  const cvr = d['cvr'] as string | undefined;
  return {
    id: stableId(key),
    name: String(d['navn']),
    description: String(d['resume']),
    website: String(d['hjemmeside']),
    ...(kontakt?.mail ? { email: strip(kontakt.mail, 'mailto:') } : {}),
    phones: kontakt?.telefon ? [{ id: stableId(`${key}#telefon`), number: strip(kontakt.telefon, 'tel:'), type: 'voice' as const }] : [],
    organization_identifiers: cvr
      ? [{ id: stableId(`${key}#cvr`), identifier_scheme: 'DK-CVR' as const, identifier_type: 'CVR-nummer' as const, identifier: cvr }]
      : [],
    attributes: attributes(entry, 'organization', [['type', 'organisationstype'], ['maalgrupper', 'maalgrupper'], ['temaer', 'temaer'], ['omraader', 'omraader']]),
    vidensbasen: { ...postFields(ctx, entry), samarbejde: String(d['samarbejde']) },
  };
}

/** An offer as an HSDS service. */
export function serviceRecord(ctx: DataContext, entry: DataEntry): ServiceRecord {
  const d = entry.data;
  const key = keyOf(entry);
  const organisation = d['organisation'] as EntryRef;
  const post = postFields(ctx, entry);
  const organizationId = stableId(keyOf(organisation));
  return {
    id: stableId(key),
    organization_id: organizationId,
    name: String(d['titel']),
    description: String(d['resume']),
    url: String(d['url']),
    status: 'active',
    application_process: String(d['henvisning']),
    fees_description: String(d['pris']),
    assured_date: post.sidst_gennemgaaet,
    service_areas: [{ id: stableId(`${key}#hvor`), service_id: stableId(key), name: String(d['hvor']) }],
    service_at_locations: serviceAtLocations(entry, organizationId),
    attributes: attributes(entry, 'service', [['maalgrupper', 'maalgrupper'], ['temaer', 'temaer']]),
    vidensbasen: { ...post, organisation: henvisninger(ctx, organisation)[0] ?? { id: stableId(keyOf(organisation)), slug: keyOf(organisation), navn: organisation.id } },
  };
}

/** A collaboration example. */
export function eksempelRecord(ctx: DataContext, entry: DataEntry): EksempelRecord {
  const d = entry.data;
  return {
    id: stableId(keyOf(entry)),
    ...postFields(ctx, entry),
    titel: String(d['titel']),
    resume: String(d['resume']),
    region: kode(REGIONER, d['region']),
    sundhedsraad: henvisninger(ctx, d['sundhedsraad'])[0] ?? null,
    enheder: henvisninger(ctx, d['enheder']),
    organisationer: henvisninger(ctx, d['organisationer']),
    pejlemaerker: henvisninger(ctx, d['pejlemaerker']),
    maalgrupper: koder(MAALGRUPPER, d['maalgrupper']),
    temaer: koder(TEMAER, d['temaer']),
    model: kode(SAMARBEJDSMODELLER, d['model']),
    samarbejdsstatus: kode(EKSEMPEL_STATUS, d['samarbejdsstatus']),
    periode: String(d['periode']),
    resultater: (d['resultater'] as string[] | undefined) ?? [],
  };
}

/** A framework (rule or condition). */
export function rammeRecord(ctx: DataContext, entry: DataEntry): RammeRecord {
  const d = entry.data;
  const hjemmel = d['hjemmel'] as { betegnelse: string; url?: string } | undefined;
  return {
    id: stableId(keyOf(entry)),
    ...postFields(ctx, entry),
    titel: String(d['titel']),
    resume: String(d['resume']),
    art: kode(RAMME_ARTER, d['art']),
    gaelder_for: koder(GAELDER_FOR, d['gaelderFor']),
    laesere: koder(LAESERE, d['laesere']),
    situationer: koder(SITUATIONER, d['situationer']),
    hjemmel: hjemmel ? { betegnelse: hjemmel.betegnelse, ...(hjemmel.url ? { url: hjemmel.url } : {}) } : null,
    jurist_vurdering: d['juristVurdering'] === true,
  };
}

/** A health council; its entry point becomes a contact with a role and a role mailbox. */
export function sundhedsraadRecord(ctx: DataContext, entry: DataEntry): SundhedsraadRecord {
  const d = entry.data;
  const indgang = d['indgang'] as string | { rolle: string; mail: string };
  return {
    id: stableId(keyOf(entry)),
    ...postFields(ctx, entry),
    navn: String(d['navn']),
    resume: String(d['resume']),
    region: kode(REGIONER, d['region']),
    kommuner: (d['kommuner'] as string[] | undefined) ?? [],
    kommuner_verificeret: d['kommunerVerificeret'] === true,
    contacts: typeof indgang === 'object' ? [{ id: stableId(`${keyOf(entry)}#indgang`), title: indgang.rolle, email: strip(indgang.mail, 'mailto:') }] : [],
    omraade: { json: absolute(ctx, `/data/sundhedsraad/${entry.id}.json`), csv: absolute(ctx, `/data/sundhedsraad/${entry.id}.csv`) },
  };
}
