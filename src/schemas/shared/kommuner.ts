/**
 * The kommuner of Region Østdanmark and the kommuner of each health council's area, with the
 * sources each list rests on. This is the one place the site keeps these lists: the coverage
 * field (`daekning`) checks kommuner against it, the council pages and the offers filter read it
 * through `sundhedsraadForKommune` and `kommunerI`, and the web editor offers its names as a list.
 *
 * Add a kommune to a council only when a cited source names it, and set `komplet` only when a
 * source says the list is the whole area. The kilder are ids in content/kilder/.
 */

/** One source behind a list, with where in it the list stands. */
export interface KommuneKilde {
  kilde: string;
  hvor: string;
}

/** The 46 kommuner of Region Østdanmark, as the source spells them (Region Hovedstaden's 29, Region Sjælland's 17). */
export const REGION_KOMMUNER = [
  'Albertslund', 'Allerød', 'Ballerup', 'Bornholm', 'Brøndby', 'Dragør', 'Egedal', 'Faxe', 'Fredensborg', 'Frederiksberg',
  'Frederikssund', 'Furesø', 'Gentofte', 'Gladsaxe', 'Glostrup', 'Greve', 'Gribskov', 'Guldborgsund', 'Halsnæs', 'Helsingør',
  'Herlev', 'Hillerød', 'Holbæk', 'Hvidovre', 'Høje-Taastrup', 'Hørsholm', 'Ishøj', 'Kalundborg', 'København', 'Køge',
  'Lejre', 'Lolland', 'Lyngby-Taarbæk', 'Næstved', 'Odsherred', 'Ringsted', 'Roskilde', 'Rudersdal', 'Rødovre', 'Slagelse',
  'Solrød', 'Sorø', 'Stevns', 'Tårnby', 'Vallensbæk', 'Vordingborg',
] as const;

export type Kommune = (typeof REGION_KOMMUNER)[number];

/** Where the list of the region's kommuner comes from. */
export const REGION_KOMMUNER_KILDER: readonly KommuneKilde[] = [
  { kilde: 'overgangsloven-2025', hvor: '§ 2: Region Sjælland og Region Hovedstaden lægges sammen til Region Østdanmark' },
  { kilde: 'dknyt-21-sundhedsfaellesskaber-2019', hvor: 'listen over akuthospitalerne i Region Hovedstaden og Region Sjælland og deres kommuner (bruges kun som navneliste)' },
  { kilde: 'wikipedia-region-of-eastern-denmark', hvor: 'indledningen: regionen får 46 kommuner' },
];

/** The kommuner a source names for one health council, and whether a source says the list is complete. */
export interface RaadKommuner {
  /** The council's id in content/sundhedsraad/. */
  sundhedsraad: string;
  kommuner: readonly Kommune[];
  /** True only when a source says these are all the council's kommuner. */
  komplet: boolean;
  kilder: readonly KommuneKilde[];
}

/** The councils' kommuner, as far as sources name them. A council without a list has `kommuner: []`. */
export const RAAD_KOMMUNER: readonly RaadKommuner[] = [
  {
    sundhedsraad: 'sundhedsraad-amager-og-vestegnen',
    kommuner: ['Albertslund', 'Brøndby', 'Dragør', 'Glostrup', 'Hvidovre', 'Høje-Taastrup', 'Ishøj', 'Tårnby', 'Vallensbæk'],
    komplet: true,
    kilder: [{ kilde: 'ritzau-sundhedsraad-amager-og-vestegnen-foerste-moede-2026', hvor: 'indledningen: politikere fra regionen og fra de ni kommuner' }],
  },
  {
    sundhedsraad: 'sundhedsraad-hovedstaden',
    kommuner: ['København', 'Frederiksberg'],
    komplet: false,
    kilder: [
      { kilde: 'region-hovedstaden-sundhedsraadsomraader-som-planlaegningsomraader-2025', hvor: 'sagsfremstillingen: Københavns Kommune i Sundhedsråd Hovedstaden' },
      { kilde: 'frederiksberg-kommune-repraesentation-i-sundhedsraad-hovedstaden-2025', hvor: 'sagsfremstillingen: Frederiksberg Kommunes repræsentation i Sundhedsråd Hovedstaden' },
    ],
  },
  { sundhedsraad: 'sundhedsraad-nordsjaelland', kommuner: [], komplet: false, kilder: [] },
  { sundhedsraad: 'sundhedsraad-oestsjaelland-og-oeerne', kommuner: [], komplet: false, kilder: [] },
];

const REGION_SET: ReadonlySet<string> = new Set(REGION_KOMMUNER);

/** Whether a name is one of the region's kommuner, spelt as in the list. */
export const erKommuneIRegionen = (navn: string): navn is Kommune => REGION_SET.has(navn);

/** Normalises "Københavns Kommune", "københavn" and "Kbh." alike to compare names: case, "Kommune" and a genitive s drop. */
const nøgle = (navn: string) => navn.trim().toLowerCase().replace(/\s+kommune$/, '');

/**
 * Why a name is not one of the region's kommuner, in Danish, or undefined when it is. Names the
 * spelling to use when only case or "Kommune" differs.
 */
export function kommuneFejl(navn: string): string | undefined {
  if (erKommuneIRegionen(navn)) return undefined;
  const key = nøgle(navn);
  const match = REGION_KOMMUNER.find((k) => nøgle(k) === key || `${nøgle(k)}s` === key);
  if (match) return `"${navn}" skal skrives "${match}" – kun kommunens navn, som i listen over Region Østdanmarks kommuner.`;
  return `"${navn}" er ikke en af Region Østdanmarks 46 kommuner. Skriv en af: ${REGION_KOMMUNER.join(', ')}. Arbejder posten uden for regionen, så skriv omfang: uden-for-regionen.`;
}

/** The council a kommune belongs to, as far as the sourced lists say; undefined when no source places it. Throws for a kommune outside the region. */
export function sundhedsraadForKommune(navn: string): RaadKommuner | undefined {
  const fejl = kommuneFejl(navn);
  if (fejl) throw new Error(fejl);
  return RAAD_KOMMUNER.find((r) => (r.kommuner as readonly string[]).includes(navn));
}

/** The sourced list of a council's kommuner, or undefined for a council not in the list. */
export const kommunerI = (sundhedsraadId: string): RaadKommuner | undefined => RAAD_KOMMUNER.find((r) => r.sundhedsraad === sundhedsraadId);
