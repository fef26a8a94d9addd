import type { Vocab } from '../../schemas/shared/vocab.ts';
import type { Daekning } from '../../schemas/shared/daekning.ts';
import {
  DAEKNING,
  EKSEMPEL_STATUS, GAELDER_FOR, LAESERE, MAALGRUPPER, ORGANISATIONSTYPER, RAMME_ARTER, REGIONER, SAMARBEJDSMODELLER, SITUATIONER, TEMAER,
} from '../../schemas/shared/vocabularies.ts';
import { keyOf, type Entry } from '../model.ts';
import { absolute, henvisninger, kode, koder, postFelter, type DataContext } from './context.ts';
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

/** HSDS attributes for the vocabulary fields of an organisation or offer: `[taxonomy, keys]` pairs. */
function attributes(entry: Entry, entity: Entity, fields: [taxonomy: TaxonomyName, keys: readonly string[] | string][]) {
  const linkId = stableId(keyOf(entry));
  return fields.flatMap(([taxonomy, raw]) => {
    const { vocab, name, description } = TAXONOMIES[taxonomy];
    const keys = typeof raw === 'string' ? [raw] : raw;
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
          taxonomy: name,
          taxonomy_detail: { id: taxonomyId, name, description },
        },
      };
    });
  });
}

/** HSDS locations of an offer, each with its service_at_location link: its address, and online. */
function serviceAtLocations(entry: Entry<'tilbud'>, organizationId: string): ServiceRecord['service_at_locations'] {
  const key = keyOf(entry);
  const serviceId = stableId(key);
  const { titel: title, adresse } = entry.data;
  const locations: ServiceRecord['service_at_locations'][number]['location'][] = [];
  if (adresse) {
    const id = stableId(`${key}#adresse`);
    const type = adresse.type === 'besoeg' ? 'physical' : 'postal';
    locations.push({
      id, location_type: type, organization_id: organizationId, name: `${title}, ${adresse.vej}, ${adresse.postnummer} ${adresse.by}`,
      addresses: [{
        id: stableId(`${key}#adresse/adresse`), location_id: id, address_1: adresse.vej, city: adresse.by,
        state_province: REGIONER.label(adresse.region), postal_code: adresse.postnummer, country: 'DK', address_type: type,
      }],
    });
  }
  if (entry.data.online === true) {
    locations.push({ id: stableId(`${key}#online`), location_type: 'virtual', organization_id: organizationId, name: `${title} (online)`, url: entry.data.url, addresses: [] });
  }
  return locations.map((location) => ({ id: stableId(`${key}#sted/${location.id}`), service_id: serviceId, location_id: location.id, location }));
}

const strip = (uri: string, scheme: string) => uri.slice(scheme.length);

/** The coverage as the exports write it; an entry without the field is "ukendt". */
export function daekningRecord(daekning: Daekning | undefined) {
  const omfang = daekning?.omfang ?? 'ukendt';
  return { omfang: kode(DAEKNING, omfang), kommuner: [...(daekning?.kommuner ?? [])], ...(daekning?.grundlag ? { grundlag: daekning.grundlag } : {}) };
}

/** The HSDS service areas of an offer: its "Hvor" text, then one per kommune of its coverage, or the region, the country, online. */
function serviceAreas(entry: Entry<'tilbud'>): ServiceRecord['service_areas'] {
  const key = keyOf(entry);
  const d = entry.data;
  const area = (suffix: string, name: string, description: string) => ({ id: stableId(`${key}#${suffix}`), service_id: stableId(key), name, description });
  const grundlag = d.daekning?.grundlag ? ` ${d.daekning.grundlag}` : '';
  const fromCoverage = (() => {
    switch (d.daekning?.omfang) {
      case 'kommuner': return (d.daekning.kommuner ?? []).map((k) => area(`daekning/${k}`, `${k} Kommune`, `Dækning: ${DAEKNING.label('kommuner')}.${grundlag}`));
      case 'region': return [area('daekning/region', 'Region Østdanmark', `Dækning: ${DAEKNING.label('region')}.${grundlag}`)];
      case 'land': return [area('daekning/land', 'Danmark', `Dækning: ${DAEKNING.label('land')}.${grundlag}`)];
      case 'online': return [area('daekning/online', 'Online', `Dækning: ${DAEKNING.label('online')}.${grundlag}`)];
      default: return [];
    }
  })();
  return [area('hvor', d.hvor, 'Hvor tilbuddet foregår, som kilden siger det.'), ...fromCoverage];
}

/** An organisation as an HSDS organization. */
export function organizationRecord(ctx: DataContext, entry: Entry<'organisationer'>): OrganizationRecord {
  const d = entry.data;
  const key = keyOf(entry);
  return {
    id: stableId(key),
    name: d.navn,
    description: d.resume,
    website: d.hjemmeside,
    ...(d.kontakt?.mail ? { email: strip(d.kontakt.mail, 'mailto:') } : {}),
    phones: d.kontakt?.telefon ? [{ id: stableId(`${key}#telefon`), number: strip(d.kontakt.telefon, 'tel:'), type: 'voice' as const }] : [],
    organization_identifiers: d.cvr
      ? [{ id: stableId(`${key}#cvr`), identifier_scheme: 'DK-CVR' as const, identifier_type: 'CVR-nummer' as const, identifier: d.cvr }]
      : [],
    attributes: attributes(entry, 'organization', [['organisationstype', d.type], ['maalgrupper', d.maalgrupper], ['temaer', d.temaer], ['omraader', d.omraader]]),
    vidensbasen: { ...postFelter(ctx, entry), samarbejde: d.samarbejde, daekning: daekningRecord(d.daekning) },
  };
}

/** An offer as an HSDS service. */
export function serviceRecord(ctx: DataContext, entry: Entry<'tilbud'>): ServiceRecord {
  const d = entry.data;
  const key = keyOf(entry);
  const organisation = d.organisation;
  const post = postFelter(ctx, entry);
  const organizationId = stableId(keyOf(organisation));
  return {
    id: stableId(key),
    organization_id: organizationId,
    name: d.titel,
    description: d.resume,
    url: d.url,
    status: 'active',
    application_process: d.henvisning,
    fees_description: d.pris,
    assured_date: post.sidst_gennemgaaet,
    service_areas: serviceAreas(entry),
    service_at_locations: serviceAtLocations(entry, organizationId),
    attributes: attributes(entry, 'service', [['maalgrupper', d.maalgrupper], ['temaer', d.temaer]]),
    vidensbasen: {
      ...post, organisation: henvisninger(ctx, organisation)[0] ?? { id: stableId(keyOf(organisation)), slug: keyOf(organisation), navn: organisation.id },
      daekning: daekningRecord(d.daekning),
    },
  };
}

/** What the vidensbasen's own formats start every record with: its id, the post fields, title and summary. */
const ownRecord = (ctx: DataContext, entry: Entry<'eksempler' | 'rammer'>) => ({
  id: stableId(keyOf(entry)),
  ...postFelter(ctx, entry),
  titel: entry.data.titel,
  resume: entry.data.resume,
});

/** A collaboration example. */
export function eksempelRecord(ctx: DataContext, entry: Entry<'eksempler'>): EksempelRecord {
  const d = entry.data;
  return {
    ...ownRecord(ctx, entry),
    region: kode(REGIONER, d.region),
    sundhedsraad: henvisninger(ctx, d.sundhedsraad)[0] ?? null,
    enheder: henvisninger(ctx, d.enheder),
    organisationer: henvisninger(ctx, d.organisationer),
    pejlemaerker: henvisninger(ctx, d.pejlemaerker),
    maalgrupper: koder(MAALGRUPPER, d.maalgrupper),
    temaer: koder(TEMAER, d.temaer),
    model: kode(SAMARBEJDSMODELLER, d.model),
    samarbejdsstatus: kode(EKSEMPEL_STATUS, d.samarbejdsstatus),
    periode: d.periode,
    resultater: d.resultater ?? [],
  };
}

/** A framework (rule or condition). */
export function rammeRecord(ctx: DataContext, entry: Entry<'rammer'>): RammeRecord {
  const d = entry.data;
  return {
    ...ownRecord(ctx, entry),
    art: kode(RAMME_ARTER, d.art),
    gaelder_for: koder(GAELDER_FOR, d.gaelderFor),
    laesere: koder(LAESERE, d.laesere),
    situationer: koder(SITUATIONER, d.situationer),
    hjemmel: d.hjemmel ? { betegnelse: d.hjemmel.betegnelse, ...(d.hjemmel.url ? { url: d.hjemmel.url } : {}) } : null,
    jurist_vurdering: d.juristVurdering === true,
  };
}

/** A health council; its entry point becomes a contact with a role and a role mailbox. */
export function sundhedsraadRecord(ctx: DataContext, entry: Entry<'sundhedsraad'>): SundhedsraadRecord {
  const d = entry.data;
  const indgang = d.indgang;
  return {
    id: stableId(keyOf(entry)),
    ...postFelter(ctx, entry),
    navn: d.navn,
    resume: d.resume,
    region: kode(REGIONER, d.region),
    kommuner: d.kommuner ?? [],
    kommuner_verificeret: d.kommunerVerificeret === true,
    contacts: typeof indgang === 'object' ? [{ id: stableId(`${keyOf(entry)}#indgang`), title: indgang.rolle, email: strip(indgang.mail, 'mailto:') }] : [],
    omraade: { json: absolute(ctx, `/data/sundhedsraad/${entry.id}.json`), csv: absolute(ctx, `/data/sundhedsraad/${entry.id}.csv`) },
  };
}
