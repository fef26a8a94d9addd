/**
 * Strings of the search UI and the catalogue filters. A separate constant so the lazily loaded
 * search scripts bundle only these, not every string of the site.
 */
export const SOEG = {
  pageTitle: 'Søg i vidensbasen',
  pageIntro: 'Søg i alle sider, eller vælg filtre for at se fx alle eksempler om et tema.',
  queryLabel: 'Søgeord',
  submit: 'Søg',
  hint: 'Tryk / for at søge. Brug pil ned og pil op for at gå mellem resultaterne og Escape for at lukke.',
  filters: 'Filtrér',
  filtersFor: (what: string) => `Filtrér ${what.toLocaleLowerCase('da')}`,
  apply: 'Vis resultater',
  clear: 'Ryd filtre',
  facets: {
    samling: 'Indholdstype',
    pejlemaerke: 'Strategisk pejlemærke',
    maalgruppe: 'Målgruppe',
    tema: 'Tema',
    type: 'Organisationstype',
    sundhedsraad: 'Sundhedsråd',
    region: 'Region',
    status: 'Status for samarbejdet',
  },
  results: 'Søgeresultater',
  loading: 'Søger …',
  count: (n: number, query: string) =>
    `${n === 0 ? 'Ingen' : n} ${n === 1 ? 'resultat' : 'resultater'}${query ? ` for "${query}"` : ''}`,
  countFiltered: (n: number) => `${n === 1 ? '1 side passer' : `${n} sider passer`} til filtrene`,
  shown: (shown: number, total: number) => `Viser ${shown} af ${total}`,
  none: 'Prøv et andet ord, færre ord eller færre filtre. Du kan også gå til oversigterne:',
  empty: 'Skriv et søgeord, eller vælg et filter.',
  all: (query: string) => `Se alle resultater for "${query}"`,
  more: 'Vis flere resultater',
  sections: 'Afsnit på siden',
  noscript:
    'Søgningen kræver JavaScript, som er slået fra i din browser. Alt indhold kan også findes via oversigterne:',
  unavailable:
    'Søgeindekset findes ikke endnu. Under udvikling (npm run dev) bruger søgningen indekset fra den seneste build: kør "npm run build" én gang, eller brug "npm start".',
  failed: 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden, eller brug oversigterne.',
  catalogues: 'Oversigter',
} as const;

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
    owner: 'Ansvarlig',
    lastReviewed: 'Sidst gennemgået',
    nextReview: 'Næste gennemgang',
    edit: 'Foreslå en ændring',
    history: 'Se ændringer',
    feedback: 'Var siden nyttig? Giv os besked',
    draft: 'Udkast – denne side publiceres ikke, før status er "publiceret".',
    external: '(ekstern side)',
    steps: 'Trin for trin',
    related: 'Relateret',
    legalBasis: 'Hjemmel',
    lawyer: 'Skal vurderes af en regional jurist',
    noLegalBasis: 'Ingen verificeret hjemmel – spørg en regional jurist.',
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
    note: 'Vidensbasen bygger på offentlige dokumenter. Visionspapiret og budgetforslagene er forslag og visioner, ikke vedtagne regler.',
  },
  /** The decision aid "Hvilke rammer gælder for jeres samarbejde?". */
  beslutning: {
    title: 'Hvilke rammer gælder for jeres samarbejde?',
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
  /** Strings of the search UI and the catalogues' filters (search issue). */
  soeg: SOEG,
  /** Strings of the contributors' section, field reference and editorial overview (workflow issue). */
  bidrag: {},
  /** Strings of the accessibility statement and trust pages (trust issue). */
  tillid: {},
  /** Strings of the open-data pages and council data (data issue). */
  data: {},
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
