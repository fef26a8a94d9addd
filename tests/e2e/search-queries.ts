/**
 * Labelled queries for measuring the search: what readers type (coordinators, nurses, people from
 * organisations), with the entries that answer them. Chosen for what a reader wants, not for what
 * the engine happens to return; where two entries answer equally well (the glossary term and the
 * framework about it), both count.
 */

/** Why a query is in the set. */
export type QueryKind = 'compound part' | 'ascii spelling' | 'inflection' | 'typo' | 'synonym' | 'name' | 'phrase';

/** One labelled query. */
export interface LabelledQuery {
  query: string;
  kind: QueryKind;
  /** Entries that answer the query; finding any of them counts. */
  expected: string[];
}

const q = (kind: QueryKind, query: string, ...expected: string[]): LabelledQuery => ({ query, kind, expected });

const BOERNEATTEST = ['/rammer/boerneattest-ved-kontakt-med-boern/', '/ordliste/boerneattest/'];
const KRAEFTENS = '/organisationer/kraeftens-bekaempelse/';
const SUNDHEDSRAAD = ['/ordliste/sundhedsraad/', '/sundhedsraad/sundhedsraad-hovedstaden/', '/sundhedsraad/sundhedsraad-nordsjaelland/', '/sundhedsraad/sundhedsraad-amager-og-vestegnen/', '/sundhedsraad/sundhedsraad-oestsjaelland-og-oeerne/'];
const KOORDINATOR = ['/ordliste/civilsamfundskoordinator/', '/vejledninger/civilsamfundskoordinatorens-rolle/'];
const KLOVNE = ['/organisationer/danske-hospitalsklovne/', '/tilbud/danske-hospitalsklovne-klovnebesoeg/', '/eksempler/rigshospitalet-danske-hospitalsklovne/'];
const MOTION = ['/tilbud/haab-i-psykiatrien-motionscafeer/', '/eksempler/psykiatrisk-center-koebenhavn-haab-i-psykiatrien-motionscafeer/', '/eksempler/gladsaxe-motionscafe-haab-i-psykiatrien-og-headspace/'];
const GOEDSTRUP = ['/enheder/regionshospitalet-goedstrup/', '/eksempler/goedstrup-socialmedicinsk-team/', '/enheder/klinik-for-socialmedicin-og-rehabilitering-goedstrup/'];
const TILSKUD = '/rammer/ikke-oekonomisk-stoette-men-finansiering-af-samarbejder/';
const HJEMLOESE_UDSKRIVELSE = '/eksempler/roede-kors-hovedstaden-omsorgscenter-for-hjemloese/';

export const LABELLED_QUERIES: LabelledQuery[] = [
  // A part of a compound word finds the whole word.
  q('compound part', 'forening', '/ordliste/patientforening/'),
  q('compound part', 'attest', ...BOERNEATTEST),
  q('compound part', 'klovne', ...KLOVNE),
  q('compound part', 'rådgivning kræft', '/tilbud/kraeftens-bekaempelse-kraeftraadgivning/'),
  q('compound part', 'koordinator civilsamfund', ...KOORDINATOR),
  q('compound part', 'patientstøtte hjerte', '/tilbud/hjerteforeningens-patientstoetter/', '/eksempler/nordsjaellands-hospital-hjerteforeningen-patientstoetter/'),
  q('compound part', 'café kræft', '/tilbud/kraeftens-bekaempelse-patientstoettecafeer/'),
  q('compound part', 'motion psykiatri', ...MOTION),
  q('compound part', 'klausul', '/ordliste/arbejdsklausul/', '/rammer/krav-til-partnere-arbejdsklausul/'),
  q('compound part', 'tavshed frivillige', '/rammer/frivilliges-tavshedspligt/'),
  q('compound part', 'råd nordsjælland', '/sundhedsraad/sundhedsraad-nordsjaelland/'),
  q('compound part', 'enhed civilsamfund', '/ordliste/civilsamfundsenhed/', '/enheder/civilsamfundsenheden-region-midtjylland/'),
  q('compound part', 'guider frivillig', '/eksempler/frivilligguider-og-patientstoette-region-midtjylland/'),
  q('compound part', 'aftale samarbejde', '/ordliste/samarbejdsaftale/'),
  q('compound part', 'sundhedsplan', '/ordliste/naersundhedsplan/'),
  q('compound part', 'donationer psykiatri', '/tilbud/haab-i-psykiatrien-mikrodonationer/'),
  q('compound part', 'afdeling socialrådgivere', '/eksempler/region-syddanmark-moedrehjaelpen-foedeafdelinger/'),
  // Typed without æ, ø, å.
  q('ascii spelling', 'boerneattest', ...BOERNEATTEST),
  q('ascii spelling', 'kraeftens bekaempelse', KRAEFTENS),
  q('ascii spelling', 'Kraeftens', KRAEFTENS),
  q('ascii spelling', 'sundhedsraad', ...SUNDHEDSRAAD),
  q('ascii spelling', 'sundhedsrad nordsjaelland', '/sundhedsraad/sundhedsraad-nordsjaelland/'),
  q('ascii spelling', 'moedrehjaelpen', '/organisationer/moedrehjaelpen/'),
  q('ascii spelling', 'roede kors', '/organisationer/dansk-roede-kors/', '/organisationer/roede-kors-hovedstaden/'),
  q('ascii spelling', 'haab i psykiatrien', '/organisationer/haab-i-psykiatrien/'),
  q('ascii spelling', 'blaa kors', '/organisationer/blaa-kors-danmark/'),
  q('ascii spelling', 'hjemloeshed', '/ordliste/hjemloeshed/'),
  q('ascii spelling', 'region oestdanmark', '/ordliste/region-oestdanmark/'),
  q('ascii spelling', 'borneattest', ...BOERNEATTEST),
  q('ascii spelling', 'rode kors hovedstaden', '/organisationer/roede-kors-hovedstaden/'),
  q('ascii spelling', 'kofoeds skole', '/organisationer/kofoeds-skole/'),
  q('ascii spelling', 'socialoekonomisk virksomhed', '/ordliste/socialoekonomisk-virksomhed/'),
  q('ascii spelling', 'tavshedserklaering', '/ordliste/tavshedserklaering/'),
  q('ascii spelling', 'Godstrup', ...GOEDSTRUP),
  // Other forms of a word.
  q('inflection', 'patientforeninger', '/ordliste/patientforening/'),
  q('inflection', 'frivilligcenter', '/tilbud/lokale-frivilligcentre/'),
  q('inflection', 'samarbejdsaftaler', '/ordliste/samarbejdsaftale/'),
  q('inflection', 'partnerskabsaftalen', '/ordliste/partnerskabsaftale/'),
  q('inflection', 'kerneopgaverne', '/rammer/samarbejder-skal-vedroere-kerneopgaver/', '/ordliste/kerneopgave/'),
  q('inflection', 'varmestuerne', '/tilbud/kirkens-korshaer-varmestuer-og-herberger/'),
  // Typos: the reader follows "Mente du …?" when the search itself finds little.
  q('typo', 'hjerteforningen', '/organisationer/hjerteforeningen/'),
  q('typo', 'børneatest', ...BOERNEATTEST),
  q('typo', 'civilsamfundskordinator', ...KOORDINATOR),
  q('typo', 'hospitalsklovene', ...KLOVNE),
  q('typo', 'mødrehjælpn', '/organisationer/moedrehjaelpen/'),
  q('typo', 'tavshetspligt', '/rammer/frivilliges-tavshedspligt/'),
  q('typo', 'kræftrådgivnig', '/tilbud/kraeftens-bekaempelse-kraeftraadgivning/'),
  // Other words for the same thing (the glossary's synonyms).
  q('synonym', 'NGO', '/ordliste/civilsamfundsorganisation/', '/ordliste/ngo/'),
  q('synonym', 'social prescribing', '/ordliste/sociale-henvisninger/', '/vejledninger/sociale-henvisninger/'),
  q('synonym', 'patientorganisation', '/ordliste/patientforening/'),
  q('synonym', 'tilskud', TILSKUD),
  // Names of organisations, hospitals and places.
  q('name', 'WeShelter', '/organisationer/weshelter/'),
  q('name', 'headspace', '/organisationer/headspace/'),
  q('name', 'Rigshospitalet klovne', '/eksempler/rigshospitalet-danske-hospitalsklovne/'),
  q('name', 'Gødstrup', ...GOEDSTRUP),
  q('name', 'Svalegangen', '/eksempler/region-syddanmark-roede-kors-omsorgscenter-svalegangen/'),
  // Questions and phrases as typed at work.
  q('phrase', 'hvordan kortlægger jeg lokale tilbud', '/vejledninger/kortlaegning-af-lokale-tilbud/'),
  q('phrase', 'frivillig følge patienten til aftaler', '/eksempler/amager-hvidovre-hospital-social-sundhed-foelgeskab/'),
  q('phrase', 'skal frivillige have børneattest', ...BOERNEATTEST),
  q('phrase', 'hvem må vide noget om patienten', '/rammer/frivilliges-tavshedspligt/', '/rammer/patientoplysninger-deles-kun-med-samtykke/'),
  q('phrase', 'må regionen give tilskud', TILSKUD),
  q('phrase', 'hjælp til pårørende kræft', '/tilbud/kraeftens-bekaempelse-patientstoettecafeer/', '/tilbud/kraeftens-bekaempelse-kraeftraadgivning/'),
  q('phrase', 'hjemløse efter udskrivelse', HJEMLOESE_UDSKRIVELSE),
  q('phrase', 'behandling af alkohol', '/tilbud/blaa-kors-behandling-af-afhaengighed/'),
  q('phrase', 'må frivillige erstatte personale', '/rammer/frivillige-supplerer-ikke-erstatter/'),
];
