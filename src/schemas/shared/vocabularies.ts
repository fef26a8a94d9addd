import { defineVocab } from './vocab.ts';

/** Kinds of source document. */
export const KILDE_TYPER = defineVocab({
  visionspapir: 'Visionspapir',
  budgetforslag: 'Budgetforslag',
  analyse: 'Analyse',
  'politisk-udspil': 'Politisk udspil',
  lov: 'Lov',
  lovforslag: 'Lovforslag',
  vejledning: 'Vejledning',
  dagsorden: 'Dagsorden eller referat',
  pressemeddelelse: 'Pressemeddelelse',
  artikel: 'Artikel',
  hjemmeside: 'Hjemmeside',
});

/** Regions (the two merging ones, the new one, and the others the sources mention). */
export const REGIONER = defineVocab({
  hovedstaden: 'Region Hovedstaden',
  sjaelland: 'Region Sjælland',
  oestdanmark: 'Region Østdanmark',
  midtjylland: 'Region Midtjylland',
  syddanmark: 'Region Syddanmark',
  nordjylland: 'Region Nordjylland',
});

/** Where an entry works: its coverage (`daekning.omfang`). */
export const DAEKNING = defineVocab({
  kommuner: 'Bestemte kommuner',
  region: 'Hele Region Østdanmark',
  land: 'Hele landet',
  online: 'Online',
  'uden-for-regionen': 'Uden for Region Østdanmark',
  ukendt: 'Ukendt',
});

/** What a framework says: something one may, may not, must or should do. */
export const RAMME_ARTER = defineVocab({
  maa: 'Må',
  'maa-ikke': 'Må ikke',
  skal: 'Skal',
  boer: 'Bør',
});

/** Whom a framework applies to. */
export const GAELDER_FOR = defineVocab({
  region: 'Regionen',
  enhed: 'Hospital eller enhed',
  organisation: 'Organisation',
  frivillig: 'Frivillig',
});

/** Who is reading the decision aid. */
export const LAESERE = defineVocab({
  medarbejder: 'Medarbejder i regionen',
  organisation: 'Organisation i civilsamfundet',
});

/** What a collaboration involves; the decision aid shows the frameworks tagged with these. */
export const SITUATIONER = defineVocab({
  'penge-fra-regionen': 'Regionen betaler for noget i samarbejdet',
  frivillige: 'Der indgår frivillige',
  patientkontakt: 'Frivillige eller partnere møder patienter',
  patientdata: 'Der deles oplysninger om patienter',
  boern: 'Samarbejdet involverer børn og unge',
  'loennet-personale': 'Partneren har lønnet personale i samarbejdet',
});

/** Organisation types, after the typology in Region Midtjylland's paper (2025). */
export const ORGANISATIONSTYPER = defineVocab({
  'frivillig-forening': 'Frivillig forening',
  patientforening: 'Patientforening',
  fond: 'Fond',
  'socialoekonomisk-virksomhed': 'Socialøkonomisk virksomhed',
  'selvejende-institution': 'Selvejende institution',
  ngo: 'NGO eller non-profit organisation',
  'uformelt-netvaerk': 'Uformelt netværk',
});

/** How a collaboration is staffed. */
export const SAMARBEJDSMODELLER = defineVocab({
  frivillig: 'Frivillige',
  loennet: 'Lønnede medarbejdere',
  blandet: 'Både frivillige og lønnede',
});

/** Where a collaboration stands. */
export const EKSEMPEL_STATUS = defineVocab({
  aktiv: 'Aktiv',
  afsluttet: 'Afsluttet',
  planlagt: 'Planlagt eller under udvikling',
  ukendt: 'Ukendt',
});

/** Target groups, shared by examples, organisations and offers. */
export const MAALGRUPPER = defineVocab({
  'mennesker-med-kraeft': 'Mennesker med kræft',
  hjertepatienter: 'Mennesker med hjertesygdom',
  'kronisk-syge': 'Mennesker med kronisk sygdom',
  'psykisk-syge': 'Mennesker med psykisk sygdom',
  hjemloese: 'Mennesker i hjemløshed',
  'socialt-udsatte': 'Socialt udsatte',
  stofbrugere: 'Mennesker, der bruger stoffer',
  alkoholafhaengige: 'Mennesker med alkoholproblemer',
  'boern-og-unge': 'Børn og unge',
  familier: 'Familier og gravide',
  paaroerende: 'Pårørende',
  'beboere-i-udsatte-boligomraader': 'Beboere i udsatte boligområder',
  patienter: 'Patienter generelt',
  borgere: 'Alle borgere',
});

/** Themes, shared by examples, organisations, offers and guides. */
export const TEMAER = defineVocab({
  forebyggelse: 'Forebyggelse',
  'lighed-i-sundhed': 'Lighed i sundhed',
  'sociale-henvisninger': 'Sociale henvisninger',
  'bro-til-hverdagslivet': 'Bro til hverdagsliv og fællesskaber',
  udvikling: 'Udvikling af nye løsninger',
  'peer-stoette': 'Peer-støtte og patientstøtte',
  ledsagelse: 'Ledsagelse og brobygning',
  faellesskab: 'Fællesskab og aktiviteter',
  'motion-og-bevaegelse': 'Motion og bevægelse',
  kultur: 'Kultur og kreativitet',
  'opsporing-og-test': 'Opsporing og test',
  'efter-udskrivelse': 'Efter udskrivelse',
  'social-investering': 'Social investering',
  boligomraader: 'Indsatser i boligområder',
  raadgivning: 'Rådgivning',
  frivillighed: 'Frivillighed',
});

/** Kinds of regional unit. */
export const ENHEDSTYPER = defineVocab({
  hospital: 'Hospital',
  'psykiatrisk-center': 'Psykiatrisk center',
  klinik: 'Klinik eller afdeling',
  virksomhed: 'Regional virksomhed',
  administration: 'Administration eller udvalg',
});

/** Audiences of guides. */
export const MAALGRUPPER_VEJLEDNING = defineVocab({
  medarbejder: 'Medarbejdere i regionen',
  organisation: 'Organisationer',
  koordinator: 'Civilsamfundskoordinatorer',
  redaktoer: 'Redaktører',
});

/** Kinds of address an offer can have: where people meet, or where to send post. */
export const ADRESSETYPER = defineVocab({
  besoeg: 'Besøgsadresse',
  post: 'Postadresse',
});

/**
 * The kinds of the <Bemaerk> callout editors may use in MDX (after DKFDS's info, warning, error and
 * success messages); the label is read out by screen readers before the text.
 */
export const BEMAERK_TYPER = defineVocab({
  info: 'Bemærk',
  advarsel: 'Advarsel',
  fejl: 'Fejl',
  succes: 'Godt råd',
});

/** Publication status of every entry. */
export const UDGIVELSESSTATUS = defineVocab({
  udkast: 'Udkast',
  publiceret: 'Publiceret',
});
