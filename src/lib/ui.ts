import { BIDRAG } from './ui-bidrag.ts';
import { DATA } from './ui-data.ts';
import { SOEG } from './ui-soeg.ts';

/** The search UI's strings live in ui-soeg.ts, the contributors' in ui-bidrag.ts and the open data's in ui-data.ts (this module stays short); all are reached through UI. */
export { SOEG };

/**
 * Every reader-facing UI string of the site, written once. Content lives in content/; field and
 * vocabulary labels live with the schemas in src/schemas/.
 */
export const UI = {
  skipLink: 'Gå til indholdet',
  mainNav: 'Hovedmenu',
  menu: 'Menu',
  breadcrumbs: 'Brødkrummesti',
  homeLink: 'Forside',
  toc: 'På denne side',
  search: {
    label: 'Søg i vidensbasen',
    placeholder: 'Søg fx "frivillige tavshedspligt"',
    button: 'Søg',
    page: 'Søg',
  },
  entry: {
    facts: 'Fakta',
    sources: 'Kilder',
    sourcesIntro: 'Indholdet bygger på disse kilder:',
    backlinks: 'Henvisninger hertil',
    reservations: 'Forbehold',
    reservationsIntro: 'Følgende er ikke bekræftet af en kilde, vi har kunnet finde:',
    /** Under the summary: a link to the reservations, which follow the text. */
    reservationsNote: (n: number) => `Ikke alt på siden er bekræftet: se ${n === 1 ? 'forbeholdet' : `de ${n} forbehold`}`,
    owner: 'Ansvarlig',
    lastReviewed: 'Sidst gennemgået',
    nextReview: 'Næste gennemgang',
    edit: 'Foreslå en ændring',
    history: 'Se ændringer',
    feedback: 'Var siden nyttig?',
    draft: 'Udkast – denne side publiceres ikke, før status er "publiceret".',
    external: '(ekstern side)',
    steps: 'Trin for trin',
    related: 'Relateret',
    legalBasis: 'Hjemmel',
    lawyer: 'Skal vurderes af en regional jurist',
    noLegalBasis: 'Ingen verificeret hjemmel – spørg en regional jurist.',
  },
  /** A framework embedded in a body (src/components/content/RammeIndlejring.astro). */
  rammeEmbed: {
    /** Above the title: that this is a framework, and its art (Må, Må ikke, Skal, Bør). */
    kind: (art: string) => `Ramme · ${art}`,
  },
  /** The numbered source notes under an article (GFM footnotes, src/plugins/citations.ts). */
  citations: {
    heading: 'Kildehenvisninger',
    /** The accessible name of the superscript number in the text. */
    reference: (n: string) => `Kilde ${n}`,
    /** The back link from a note to the place (the k-th, if several) that refers to it. */
    back: (n: number, k: number) => (k > 1 ? `Tilbage til teksten, henvisning ${n} (${k}. sted)` : `Tilbage til teksten, henvisning ${n}`),
  },
  list: {
    count: (n: number) => (n === 1 ? '1 post' : `${n} poster`),
    empty: 'Der er ingen poster endnu.',
    az: 'Alle poster fra A til Å',
  },
  home: {
    title: 'Vidensbasen om samarbejdet med civilsamfundet',
    intro:
      'Her finder du Region Hovedstadens vision for samarbejdet med civilsamfundet, de rammer der gælder, gode eksempler, organisationer og tilbud – samlet til den nye Region Østdanmark.',
    audiences: 'Hvem er du?',
    counts: 'Indhold i vidensbasen',
    latest: 'Senest gennemgået',
  },
  footer: {
    about: 'Om vidensbasen',
    accessibility: 'Tilgængelighedserklæring',
    contribute: 'Bidrag til vidensbasen',
    data: 'Åbne data',
    sitemap: 'Oversigt over alle sider',
    privacy: 'Privatliv og cookies',
    note: 'Vidensbasen bygger på offentlige dokumenter. Visionspapiret og budgetforslagene er forslag og visioner, ikke vedtagne regler.',
  },
  /** Who is behind the site (header and footer, after DKFDS). */
  identity: {
    /** Before the authority's name in the header. */
    publishedBy: 'Udgivet af',
    /** Alt text of the authority's logo when it links to the authority's own front page. */
    logoAlt: (authority: string) => `${authority} forside`,
    contactHeading: 'Kontakt',
    address: 'Adresse',
    phone: 'Telefon',
    mail: 'Mail',
    website: 'Hjemmeside',
    /** Shown in place of a contact detail the owner has not set yet. */
    missing: (label: string) => `[Udfyldes af ejeren: ${label}]`,
  },
  /** The decision aid "Hvilke rammer gælder for jeres samarbejde?". */
  beslutning: {
    title: 'Hvilke rammer gælder for jeres samarbejde?',
    href: '/hvilke-rammer-gaelder/',
    intro: 'Vælg, hvem du er, og hvad jeres samarbejde indebærer. Så viser siden de rammer, der gælder – med kilder, og om en regional jurist skal vurdere samarbejdet.',
    who: 'Hvem er du?',
    what: 'Hvad indgår i samarbejdet?',
    submit: 'Vis rammerne',
    result: 'Rammer for jeres samarbejde',
    always: 'Gælder for alle samarbejder',
    triggered: 'Gælder i de situationer, I har valgt',
    noneTriggered: 'Ingen af rammerne er knyttet til de valgte situationer. Tjek listen over alle rammer.',
    noneForSituation: 'Ingen rammer er knyttet til denne situation endnu.',
    noJs: 'Her er alle rammer, ordnet efter situation. En ramme kan stå under flere situationer.',
  },
  /** Strings of the search UI and the catalogues' filters. */
  soeg: SOEG,
  bidrag: BIDRAG,
  data: DATA,
  /** Strings of the accessibility statement and trust pages. */
  privatliv: {
    title: 'Privatliv og cookies',
    description: 'Hvad Vidensbasen gemmer om dig, når du bruger den: ingen cookies, ingen sporing og intet i din browser.',
  },
  tillid: {
    title: 'Tilgængelighedserklæring',
    description: 'Hvor tilgængelig Vidensbasen er, hvilke begrænsninger vi kender, og hvordan du kontakter os om problemer.',
  },
  /** A council page's box about its area and the way in for organisations. */
  raad: {
    noEntry: 'Ikke udpeget endnu.',
    tempTitle: 'Indtil da (midlertidigt)',
    tempText: 'Kontakt det hospital, den afdeling eller den enhed, som samarbejdet handler om. Vejledningen siger, hvordan I gør, og hvad regionen vil spørge om:',
    tempGuide: { label: 'Sådan samarbejder I med regionen', href: '/vejledninger/saadan-samarbejder-i-med-regionen/#find-den-rette-indgang-i-regionen' },
    offers: 'Se de tilbud, borgerne i rådets kommuner kan bruge',
  },
  /** The offers catalogue filtered by council or kommune (static pages, no script). */
  omraade: {
    indexTitle: 'Tilbud i dit område',
    indexLead: 'Vælg et sundhedsråd eller en kommune i Region Østdanmark. Siden viser de tilbud, som borgerne dér kan bruge: lokale tilbud og tilbud for hele regionen, hele landet eller online. Hver liste kan hentes som CSV til Excel.',
    link: 'Find tilbud i et sundhedsråd eller en kommune',
    councils: 'Sundhedsråd',
    kommuner: 'Kommuner i Region Østdanmark',
    title: (navn: string) => `Tilbud i ${navn}`,
    councilLead: (navn: string) => `Tilbud, som borgerne i kommunerne i ${navn} kan bruge, efter tilbuddenes registrerede dækning.`,
    kommuneLead: (navn: string) => `Tilbud, som borgerne i ${navn} kan bruge, efter tilbuddenes registrerede dækning.`,
    inCouncil: 'Kommunen hører til',
    noCouncil: 'Ingen kilde, vi har, placerer kommunen i et bestemt sundhedsråd.',
    councilPage: 'Se sundhedsrådets side',
    unknown: (n: number) => `${n} tilbud har ukendt dækning og står derfor ikke på listen. Se`,
    allOffers: 'alle tilbud',
    localKommune: 'Lokalt i kommunen',
    download: 'Hent listen som CSV (til Excel)',
    count: (n: number) => `${n} tilbud på listen.`,
    other: 'Vælg et andet område',
  },
  /** Strings of paginated lists: catalogues and an entry's backlinks. */
  sider: {
    nav: 'Sider',
    previous: 'Forrige side',
    next: 'Næste side',
    page: 'Side',
    of: (n: number, total: number) => `side ${n} af ${total}`,
    showing: (from: number, to: number, total: number) => `Viser ${from}–${to} af ${total}.`,
    continued: 'fortsat',
    allBacklinks: (n: number) => `Se alle ${n} henvisninger hertil`,
    backlinksTitle: (title: string) => `Henvisninger til ${title}`,
    backlinksIntro: 'Alle poster, der henviser til denne post, ordnet efter samling og titel.',
    shown: (shown: number, total: number) => `Viser ${shown} af ${total}.`,
    allInData: 'Alle står i CSV- og JSON-filen nedenfor.',
    moreIds: (n: number) => `… og ${n} flere. En posts id er den sidste del af adressen på dens side; se listen.`,
  },
  /** "Var siden nyttig?" under every entry: answering by e-mail needs no account. */
  nyttig: {
    intro: 'Svar med en e-mail til redaktionen – du behøver ingen konto. Dit mailprogram åbner med en færdig besked, som du kan skrive videre på.',
    yes: 'Ja',
    no: 'Nej',
    /** Read after "Ja"/"Nej" by screen readers, so each link says what it does and where it leads. */
    yesTarget: ', siden var nyttig (åbner en e-mail til redaktionen)',
    noTarget: ', siden var ikke nyttig (åbner en e-mail til redaktionen)',
    github: 'Har du en GitHub-konto?',
    githubLink: 'Giv besked om siden på GitHub',
    mail: {
      subject: (answer: string, title: string, url: string) => `Var siden nyttig? ${answer}: ${title} (${url})`,
      body: {
        ja: ['Hej redaktionen', '', 'Siden var nyttig for mig.', '', 'Skriv gerne, hvad du brugte den til (du kan også bare sende mailen):'],
        nej: ['Hej redaktionen', '', 'Siden var ikke nyttig for mig.', '', 'Skriv gerne, hvad der manglede, eller hvad der var forkert:'],
      },
      page: 'Side',
      address: 'Adresse',
      privacy: 'Skriv ikke cpr-nummer eller oplysninger om dit eller andres helbred i mailen.',
    },
  },
  notFound: {
    title: 'Siden findes ikke',
    text: 'Vi kan ikke finde den side, du leder efter. Måske er den flyttet, eller adressen er skrevet forkert.',
    searchHint: 'Prøv at søge, eller gå videre til en af oversigterne:',
  },
} as const;

/** The four audiences and where their door leads. */
export const AUDIENCES = [
  { title: 'Medarbejder i regionen', text: 'Sådan starter du et samarbejde, og hvilke rammer gælder.', href: '/vejledninger/#medarbejder' },
  { title: 'Organisation i civilsamfundet', text: 'Sådan samarbejder I med regionen, og hvem er jeres indgang.', href: '/vejledninger/#organisation' },
  { title: 'Koordinator', text: 'Kortlæg tilbud, organisationer og samarbejder i dit område.', href: '/vejledninger/#koordinator' },
  { title: 'Redaktør', text: 'Sådan retter og tilføjer du indhold.', href: '/vejledninger/#redaktoer' },
] as const;
