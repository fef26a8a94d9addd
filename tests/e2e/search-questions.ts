/**
 * Questions as readers type them, one set per door of "Hvem er du?" (AUDIENCES in src/lib/ui.ts:
 * staff in the region, organisations, coordinators, editors), each with the entries that answer
 * it. The answers were chosen by reading the guides and frameworks, before the search was run.
 * Where a guide has a section of its own on a framework's subject and shows the framework there
 * (`[Se rammen](…)`), the guide answers the question as well as the framework, and both count
 * (SECTIONS below, read from the guides' headings).
 */

/** The door of "Hvem er du?" a question comes through (the anchor of its door on /vejledninger/). */
export type Door = 'medarbejder' | 'organisation' | 'koordinator' | 'redaktoer';

/** One question and the entries that answer it. */
export interface LabelledQuestion {
  door: Door;
  query: string;
  expected: string[];
}

const STARTE = '/vejledninger/saadan-starter-du-et-samarbejde/';
const AFDELING = '/vejledninger/frivillige-paa-afdelingen/';
const SAMARBEJDE_REGION = '/vejledninger/saadan-samarbejder-i-med-regionen/';
const MAA_REGIONEN = '/vejledninger/det-maa-regionen-og-det-maa-den-ikke/';
const KORTLAEGNING = '/vejledninger/kortlaegning-af-lokale-tilbud/';
const KOORDINATOR = '/vejledninger/civilsamfundskoordinatorens-rolle/';
const BIDRAG = '/vejledninger/saadan-bidrager-du/';
const HENVISNINGER = '/vejledninger/sociale-henvisninger/';
const FINANSIERING = '/rammer/ikke-oekonomisk-stoette-men-finansiering-af-samarbejder/';
const TAVSHED = '/rammer/frivilliges-tavshedspligt/';
const SAMTYKKE = '/rammer/patientoplysninger-deles-kun-med-samtykke/';
const FORSIKRING = '/rammer/forsikring-af-frivillige/';
const BOERNEATTEST = '/rammer/boerneattest-ved-kontakt-med-boern/';
const SUPPLERER = '/rammer/frivillige-supplerer-ikke-erstatter/';
const JURIST = '/rammer/juridisk-vurdering-af-konkrete-samarbejder/';
const KERNEOPGAVER = '/rammer/samarbejder-skal-vedroere-kerneopgaver/';
const KRAV = '/rammer/krav-til-partnere-arbejdsklausul/';
const LANGSIGTET = '/rammer/langsigtede-aftaler-frem-for-etaarige-projektmidler/';

/** The guides with a section (h2) of their own on a framework's subject, which shows the framework. */
const SECTIONS: Record<string, string[]> = {
  [TAVSHED]: [AFDELING], // ## Tavshedspligt
  [SAMTYKKE]: [AFDELING], // ## Oplysninger om patienter
  [FORSIKRING]: [AFDELING], // ## Forsikring
  [BOERNEATTEST]: [AFDELING], // ## Frivillige og børn
  [SUPPLERER]: [AFDELING], // ## Frivillige er et supplement
  [KERNEOPGAVER]: [MAA_REGIONEN, STARTE], // ## Regionen må kun løse de opgaver, loven giver den; ## Tjek, at samarbejdet hører til en regional kerneopgave
  [FINANSIERING]: [MAA_REGIONEN], // ## Finansiering af samarbejder – ikke økonomisk støtte
  [JURIST]: [MAA_REGIONEN, STARTE], // ## En regional jurist vurderer det konkrete samarbejde; ## Få en juridisk vurdering af en regional jurist
  [KRAV]: [MAA_REGIONEN], // ## Krav til partnere skal beskrives
  [LANGSIGTET]: [MAA_REGIONEN], // ## Langsigtede aftaler
};

const q = (door: Door, query: string, ...answers: string[]): LabelledQuestion => ({
  door,
  query,
  expected: [...new Set(answers.flatMap((a) => [a, ...(SECTIONS[a] ?? [])]))],
});

export const QUESTIONS: LabelledQuestion[] = [
  // Staff: "Sådan starter du et samarbejde, og hvilke rammer gælder."
  q('medarbejder', 'Hvordan starter jeg et samarbejde med en forening?', STARTE),
  q('medarbejder', 'Må jeg fortælle en frivillig om en patients sygdom?', SAMTYKKE, TAVSHED),
  q('medarbejder', 'Har frivillige tavshedspligt?', TAVSHED),
  q('medarbejder', 'Hvem forsikrer de frivillige på afdelingen?', FORSIKRING),
  q('medarbejder', 'Hvem betaler, hvis en frivillig kommer til skade?', FORSIKRING),
  q('medarbejder', 'Skal frivillige have børneattest, når de er sammen med børn?', BOERNEATTEST),
  q('medarbejder', 'Kan frivillige overtage personalets opgaver?', SUPPLERER),
  q('medarbejder', 'Hvad må frivillige lave på afdelingen?', AFDELING, SUPPLERER),
  q('medarbejder', 'Hvordan henviser jeg en patient til et fællesskab?', HENVISNINGER),
  q('medarbejder', 'Skal en jurist se på vores samarbejde?', JURIST),
  q('medarbejder', 'Hvilke regler gælder for frivillige på hospitalet?', AFDELING, MAA_REGIONEN),
  q('medarbejder', 'Skal samarbejdet handle om regionens egne opgaver?', KERNEOPGAVER),
  q('medarbejder', 'Skal frivillige skrive under på en tavshedserklæring?', TAVSHED),
  q('medarbejder', 'Hvordan laver vi klare aftaler mellem frivillige og personale?', AFDELING),
  // Organisations: "Sådan samarbejder I med regionen, og hvem er jeres indgang."
  q('organisation', 'Hvordan kan vores forening samarbejde med regionen?', SAMARBEJDE_REGION),
  q('organisation', 'Hvem skal vi kontakte i regionen?', SAMARBEJDE_REGION),
  q('organisation', 'Kan regionen give vores forening penge?', FINANSIERING, MAA_REGIONEN),
  q('organisation', 'Hvad må regionen betale for?', FINANSIERING, MAA_REGIONEN),
  q('organisation', 'Hvorfor får vi kun etårige projektmidler?', LANGSIGTET),
  q('organisation', 'Hvilke krav stiller regionen til os som partner?', KRAV),
  q('organisation', 'Skal vores lønnede ansatte have vilkår som efter en overenskomst?', KRAV),
  q('organisation', 'Hvad må regionen, og hvad må den ikke?', MAA_REGIONEN),
  q('organisation', 'Skal vi have en skriftlig aftale med regionen?', SAMARBEJDE_REGION),
  q('organisation', 'Hvad vil regionen spørge os om?', SAMARBEJDE_REGION),
  // Coordinators: "Kortlæg tilbud, organisationer og samarbejder i dit område."
  q('koordinator', 'Hvordan kortlægger vi tilbud i vores område?', KORTLAEGNING),
  q('koordinator', 'Hvad laver en civilsamfundskoordinator?', KOORDINATOR, '/ordliste/civilsamfundskoordinator/'),
  q('koordinator', 'Hvordan holder vi kortlægningen opdateret?', KORTLAEGNING),
  q('koordinator', 'Hvordan har Region Midtjylland organiseret arbejdet med civilsamfundet?', KOORDINATOR, '/enheder/civilsamfundsenheden-region-midtjylland/'),
  q('koordinator', 'Hvilke opgaver kan en koordinator i et sundhedsråd have?', KOORDINATOR),
  q('koordinator', 'Hvordan får jeg overblik over de samarbejder, der allerede findes?', KORTLAEGNING),
  // Editors: "Sådan retter og tilføjer du indhold."
  q('redaktoer', 'Hvordan retter jeg en fejl på en side?', BIDRAG),
  q('redaktoer', 'Hvordan tilføjer jeg en ny organisation?', BIDRAG),
  q('redaktoer', 'Hvilke krav skal en post opfylde, før den bliver publiceret?', BIDRAG),
  q('redaktoer', 'Hvordan henviser jeg til en kilde i teksten?', BIDRAG),
  q('redaktoer', 'Hvor ligger indholdet af vidensbasen?', BIDRAG),
];
