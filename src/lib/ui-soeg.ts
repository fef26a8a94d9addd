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
  searchIn: (what: string) => `Søg i ${what.toLocaleLowerCase('da')}`,
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
  shown: (shown: number, total: number, query = '') => `Viser ${shown} af ${total}${query ? ` for "${query}"` : ''}`,
  none: 'Prøv et andet ord, færre ord eller færre filtre – eller find siden via menuen.',
  empty: 'Skriv et søgeord, eller vælg et filter.',
  all: (query: string) => `Se alle resultater for "${query}"`,
  more: 'Vis flere resultater',
  didYouMean: 'Mente du',
  /** What a question was searched as, once its little words are dropped. */
  searchedFor: (words: string) => `Søgte efter: ${words}`,
  /** The link that searches a question's whole sentence, as typed. */
  wholeSentence: 'Søg efter hele sætningen',
  /** Words the site does not have at all (a place name, say), which therefore find nothing. */
  notOnSite: (words: readonly string[]) =>
    `${words.length === 1 ? 'Ordet' : 'Ordene'} ${words.map((w) => `"${w}"`).join(' og ')} står ikke i vidensbasen.`,
  /** Before the doors and the decision aid, when a search finds nothing. */
  nextSteps: 'Find svaret en anden vej:',
  or: 'eller',
  sections: 'Afsnit på siden',
  noscript:
    'Søgningen kræver JavaScript, som er slået fra i din browser. Alt indhold kan også findes via oversigterne:',
  unavailable:
    'Søgeindekset findes ikke endnu. Under udvikling (npm run dev) bruger søgningen indekset fra den seneste build: kør "npm run build" én gang, eller brug "npm start".',
  failed: 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden, eller brug oversigterne.',
} as const;
