/**
 * Danish building blocks for the synthetic benchmark corpus. The text is composed from phrases a
 * real entry would use, so Pagefind's Danish stemming, index size and the pages' HTML sizes behave
 * like the real site's — not like lorem ipsum.
 */
import type { Random } from './prng.ts';
import { slugify as baseSlugify } from '../../src/lib/slug.ts';

/** Municipalities of Region Østdanmark (Hovedstaden and Sjælland). */
export const KOMMUNER = [
  'København', 'Frederiksberg', 'Albertslund', 'Ballerup', 'Brøndby', 'Dragør', 'Gentofte', 'Gladsaxe',
  'Glostrup', 'Herlev', 'Hvidovre', 'Høje-Taastrup', 'Ishøj', 'Lyngby-Taarbæk', 'Rødovre', 'Tårnby',
  'Vallensbæk', 'Allerød', 'Egedal', 'Fredensborg', 'Frederikssund', 'Furesø', 'Gribskov', 'Halsnæs',
  'Helsingør', 'Hillerød', 'Hørsholm', 'Rudersdal', 'Bornholm', 'Greve', 'Køge', 'Lejre', 'Roskilde',
  'Solrød', 'Faxe', 'Guldborgsund', 'Holbæk', 'Kalundborg', 'Lolland', 'Næstved', 'Odsherred',
  'Ringsted', 'Slagelse', 'Sorø', 'Stevns', 'Vordingborg',
] as const;

/** Who an organisation or offer is for, as a Danish phrase. */
export const GRUPPER = [
  'mennesker med kræft', 'hjertepatienter', 'mennesker med KOL', 'mennesker med diabetes', 'pårørende',
  'unge med angst', 'ensomme ældre', 'børn i sorg', 'mennesker i hjemløshed', 'nybagte forældre',
  'mennesker med demens', 'udsatte familier', 'mennesker med psykisk sårbarhed', 'tidligere indlagte',
  'mennesker med gigt', 'flygtninge og indvandrere', 'mennesker med senhjerneskade', 'kronisk syge',
] as const;

const ORG_FORM = ['Foreningen', 'Netværket', 'Fonden', 'Landsforeningen', 'Selskabet', 'Caféen', 'Huset', 'Initiativet'] as const;
const ORG_AIM = [
  'for Pårørende', 'for Hjertesyge', 'mod Ensomhed', 'for Kræftramte', 'for Psykisk Sundhed', 'for Udsatte Børn',
  'for Aktive Seniorer', 'for Mennesker med Demens', 'for Social Sundhed', 'for Fællesskab og Trivsel',
  'for Bevægelse', 'for Sorgstøtte', 'for Unge i Mistrivsel', 'for Sunde Boligområder', 'for Lige Adgang',
] as const;

/** An organisation name such as "Foreningen for Pårørende i Næstved". */
export const organisationName = (r: Random) => `${r.pick(ORG_FORM)} ${r.pick(ORG_AIM)} i ${r.pick(KOMMUNER)}`;

const OFFER_KIND = [
  'Motionscafé', 'Samtalegruppe', 'Ledsagerordning', 'Telefonrådgivning', 'Sorggruppe', 'Gå-fællesskab',
  'Madklub', 'Besøgsven', 'Mentorforløb', 'Åben rådgivning', 'Patientstøttecafé', 'Kor og fællessang',
  'Naturforløb', 'Netværksgruppe', 'Lektiecafé', 'Frivillig ledsager',
] as const;

/** An offer title such as "Motionscafé for hjertepatienter i Holbæk". */
export const offerTitle = (r: Random) => `${r.pick(OFFER_KIND)} for ${r.pick(GRUPPER)} i ${r.pick(KOMMUNER)}`;

const EXAMPLE_VERB = [
  'samarbejder med', 'driver sammen med', 'har udviklet sammen med', 'tilbyder i samarbejde med',
  'afprøver sammen med', 'har siden 2019 samarbejdet med',
] as const;
const ACTIVITY = [
  'frivillige ledsagere på akutmodtagelsen', 'en patientstøttecafé i venteområdet', 'sociale henvisninger fra afdelingen',
  'et træningsfællesskab efter udskrivelse', 'rådgivning til pårørende', 'besøgsvenner til indlagte',
  'en brobygger mellem hospital og hjem', 'gruppeforløb for unge', 'fællesspisning for udsatte patienter',
  'sorgstøtte til efterladte', 'opsporing i boligområder', 'peer-støtte på sengeafsnit',
] as const;
const UNIT = [
  'Hjerteafdelingen', 'Kræftafdelingen', 'Psykiatrisk Center', 'Akutmodtagelsen', 'Medicinsk Afdeling',
  'Børne- og Ungeafdelingen', 'Rehabiliteringscentret', 'Geriatrisk Afsnit', 'Lungemedicinsk Afdeling',
] as const;

/** An example title: who does what with whom. */
export const exampleTitle = (r: Random, org: string) => `${r.pick(UNIT)} ${r.pick(EXAMPLE_VERB)} ${org} om ${r.pick(ACTIVITY)}`;

const GUIDE_TASK = [
  'starter du et samarbejde med en forening', 'finder du den rette organisation', 'aftaler du tavshedspligt med frivillige',
  'henviser du en patient til et fællesskab', 'søger du om midler til et projekt', 'evaluerer du et samarbejde',
  'skriver du en samarbejdsaftale', 'tager du imod frivillige på afdelingen', 'deler du viden mellem hospital og forening',
  'afslutter du et samarbejde ordentligt', 'inddrager du pårørende', 'kortlægger du tilbud i dit område',
] as const;

/** A guide title phrased as a task: "Sådan starter du et samarbejde …: …". */
export const guideTitle = (r: Random) => `Sådan ${r.pick(GUIDE_TASK)}: ${r.pick(ACTIVITY)}`;

const TERM_HEAD = [
  'Social', 'Frivillig', 'Patientnær', 'Tværsektoriel', 'Forebyggende', 'Relationel', 'Lokal', 'Borgernær', 'Digital', 'Fælles',
  'Opsøgende', 'Helhedsorienteret', 'Midlertidig', 'Regional', 'Kommunal', 'Civil', 'Åben', 'Målrettet', 'Tidlig', 'Rehabiliterende',
] as const;
const TERM_NOUN = [
  'henvisning', 'ledsagelse', 'brobygning', 'partnerskabsaftale', 'indsats', 'koordinering', 'rådgivning',
  'støtteordning', 'inddragelse', 'samskabelse', 'opsporing', 'sundhedsfremme', 'netværksmodel', 'aftale',
  'frivillighed', 'mentorordning', 'forebyggelse', 'udskrivelse', 'patientstøtte', 'kortlægning',
] as const;
const TERMS = TERM_HEAD.flatMap((head) => TERM_NOUN.map((noun) => `${head} ${noun}`));

/**
 * A glossary term such as "Tværsektoriel brobygning". With an index, the terms come from a
 * fixed shuffle of all combinations, so a glossary of up to 400 terms has no repeats.
 */
export const term = (r: Random, index?: number) =>
  index === undefined ? r.pick(TERMS) : (TERMS[(index * 7919) % TERMS.length] ?? r.pick(TERMS));

const RULE = [
  'Regionen må samarbejde med foreninger om frivillige aktiviteter', 'Regionen må ikke give driftstilskud til foreninger',
  'Frivillige skal have tavshedspligt', 'Partnere bør have en skriftlig samarbejdsaftale', 'Regionen skal sikre børneattester',
  'Frivillige må ikke udføre sundhedsfaglige opgaver', 'Patientdata må kun deles med samtykke', 'Lønnet personale skal ansættes på overenskomstvilkår',
] as const;

/** A framework title: a rule in a short sentence. */
export const rule = (r: Random) => `${r.pick(RULE)} (${r.pick(UNIT).toLowerCase()})`;

const PUBLISHER = [
  'Region Hovedstaden', 'Region Sjælland', 'Danske Regioner', 'Sundhedsstyrelsen', 'Center for Frivilligt Socialt Arbejde',
  'VIVE', 'Statens Institut for Folkesundhed', 'Kræftens Bekæmpelse', 'Hjerteforeningen', 'Danske Patienter', 'KL',
] as const;
const SOURCE_KIND = [
  'Evaluering af', 'Notat om', 'Rapport om', 'Status for', 'Analyse af', 'Høringssvar om', 'Kortlægning af', 'Erfaringer med',
] as const;

/** A source title and publisher. */
export const source = (r: Random) => ({ titel: `${r.pick(SOURCE_KIND)} ${r.pick(ACTIVITY)} i ${r.pick(KOMMUNER)}`, udgiver: r.pick(PUBLISHER) });

const OPENERS = [
  'Erfaringerne viser, at', 'Evalueringen viser, at', 'Både patienter og personale fortæller, at', 'I praksis betyder det, at',
  'Kilderne beskriver, at', 'Samarbejdet bygger på, at', 'Det vigtigste er, at', 'Over tid har det vist sig, at',
] as const;
const CLAUSES = [
  'de frivillige møder patienterne i øjenhøjde', 'afdelingen får en fast kontaktperson i foreningen',
  'patienterne oplever mindre ensomhed efter udskrivelse', 'pårørende får et sted at tale om deres situation',
  'personalet kan henvise direkte til et lokalt fællesskab', 'foreningen holder møder hver anden uge',
  'aftalen om tavshedspligt gennemgås ved opstart', 'tilbuddet er gratis, og ingen henvisning er nødvendig',
  'kommunen og regionen deler ansvaret for koordineringen', 'de frivillige får supervision fire gange om året',
  'deltagerne selv er med til at planlægge aktiviteterne', 'samarbejdet evalueres hvert år',
  'målgruppen ofte ikke bruger de almindelige tilbud', 'der er venteliste i de største byer',
] as const;
const ENDINGS = [
  'Det tager tid at opbygge tillid.', 'Ordningen er nu udbredt til flere afdelinger.',
  'Der mangler stadig viden om den langsigtede effekt.', 'Foreningen ønsker at udvide til flere kommuner.',
  'Modellen kan bruges andre steder i regionen.', 'Finansieringen er sikret frem til udgangen af næste år.',
] as const;

/** One sentence of plain Danish. */
export const sentence = (r: Random) => `${r.pick(OPENERS)} ${r.pick(CLAUSES)}.`;

/** A paragraph of two to five sentences, sometimes ending with a short conclusion. */
export function paragraph(r: Random, min = 2, max = 5): string {
  const parts = Array.from({ length: r.int(min, max) }, () => sentence(r));
  if (r.chance(0.5)) parts.push(r.pick(ENDINGS));
  return parts.join(' ');
}

/** A short summary (resume) of one or two whole sentences, within the schemas' 400-character limit. */
export const summary = (r: Random) => (r.chance(0.5) ? sentence(r) : `${sentence(r)} ${r.pick(ENDINGS)}`);

/** Headings an MDX body uses, by kind of entry. */
export const HEADINGS = {
  organisationer: ['Hvad organisationen gør', 'Hvorfor den er med', 'Sådan samarbejder I', 'Tilbud'],
  eksempler: ['Hvad samarbejdet går ud på', 'Hvem gør hvad', 'Resultater', 'Det kan andre lære'],
  tilbud: ['Hvad tilbuddet giver', 'Sådan henviser du', 'Praktisk'],
  vejledninger: ['Hvem vejledningen er til', 'Det skal du vide først'],
  rammer: ['Hvad rammen betyder', 'Hvornår den gælder', 'Spørgsmål og svar'],
  strategi: ['Baggrund', 'Hvad vi vil', 'Sådan kommer vi derhen'],
  pejlemaerker: ['Hvad pejlemærket handler om', 'Eksempler', 'Næste skridt'],
  sundhedsraad: ['Om sundhedsrådet', 'Indgang for civilsamfundet'],
} as const;

/** Steps of a step-by-step guide. */
export const STEPS = ['Afklar idé og behov', 'Find den rette partner', 'Lav en aftale', 'Tag imod de frivillige', 'Følg op og evaluér'] as const;

/** A bullet list of three to six items. */
export const bullets = (r: Random) => r.some(CLAUSES, r.int(3, 6)).map((c) => `- ${c}`).join('\n');

/** Place phrase for an offer ("Hvor"). */
export const place = (r: Random) => `${r.pick(['Foreningens lokaler', 'Biblioteket', 'Medborgerhuset', 'Hospitalets venteområde', 'Online og i'])} i ${r.pick(KOMMUNER)}`;

/** How staff refer someone to an offer. */
export const referral = (r: Random) =>
  r.pick(['Ring til foreningen og aftal en første samtale.', 'Patienten kan selv møde op uden henvisning.', 'Personalet udfylder en kort henvisning sammen med patienten.', 'Kontakt organisationen via dens hjemmeside.']);

/** A file name from a title, as editors get it from `npm run ny`, kept short for synthetic titles. */
export const slugify = (text: string): string => baseSlugify(text).slice(0, 70).replace(/-+$/, '');
