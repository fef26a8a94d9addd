/**
 * Who is responsible for the site, and the licence of its open data. Set at build time through
 * environment variables, so a deployment states its own facts without editing code. The name
 * defaults to the region the site is written for; everything only the owner can give (address,
 * telephone, mailbox, the authority's own website, its logo) has no default: until it is set, the
 * footer shows a clearly marked placeholder and the build tests list what is missing. Never put a
 * person's own phone number or e-mail address here: use the authority's main number and a role mailbox.
 */

const env = (name: string) => process.env[name]?.trim() || undefined;

/** The responsible authority (DKFDS: header and footer name who is behind the site). */
export const AUTHORITY = {
  /** `MYNDIGHED_NAVN`: the authority's name as readers know it. */
  navn: env('MYNDIGHED_NAVN') ?? 'Region Østdanmark',
  /** `MYNDIGHED_URL`: the authority's own website (https), linked from the logo and the footer. */
  url: env('MYNDIGHED_URL'),
  /** `MYNDIGHED_ADRESSE`: postal address on one line, parts separated by commas. */
  adresse: env('MYNDIGHED_ADRESSE'),
  /** `MYNDIGHED_TELEFON`: the main telephone number, e.g. `+45 00 00 00 00`. */
  telefon: env('MYNDIGHED_TELEFON'),
  /** `MYNDIGHED_MAIL`: a role mailbox, never a person's address. */
  mail: env('MYNDIGHED_MAIL'),
  /** `MYNDIGHED_LOGO`: path of an SVG logo, relative to the repository root (at most 32 px high on the page). */
  logo: env('MYNDIGHED_LOGO'),
};

/** The licence of the open data (/data/, every export file and the feed). */
export const DATA_LICENSE = {
  /** `DATA_LICENS_NAVN`: the licence's name. */
  navn: env('DATA_LICENS_NAVN') ?? 'CC BY 4.0',
  /** `DATA_LICENS_URL`: where the licence text is. */
  url: env('DATA_LICENS_URL') ?? 'https://creativecommons.org/licenses/by/4.0/deed.da',
};

/** What each contact field is, in words an owner understands, and the variable that sets it. */
const CONTACT_FIELDS = {
  adresse: { label: 'myndighedens postadresse', variable: 'MYNDIGHED_ADRESSE' },
  telefon: { label: 'myndighedens hovednummer', variable: 'MYNDIGHED_TELEFON' },
  mail: { label: 'fælles postkasse (rollepostkasse)', variable: 'MYNDIGHED_MAIL' },
  url: { label: 'myndighedens hjemmeside', variable: 'MYNDIGHED_URL' },
} as const;

/** A contact field the owner must still set. */
export interface MissingContact {
  field: keyof typeof CONTACT_FIELDS;
  label: string;
  variable: string;
}

/** The authority's contact fields that are still placeholders. */
export function missingAuthorityFields(authority: Pick<typeof AUTHORITY, keyof typeof CONTACT_FIELDS> = AUTHORITY): MissingContact[] {
  return (Object.keys(CONTACT_FIELDS) as (keyof typeof CONTACT_FIELDS)[])
    .filter((field) => !authority[field]?.trim())
    .map((field) => ({ field, ...CONTACT_FIELDS[field] }));
}

/** `+45 00 00 00 00` → `tel:+4500000000`. */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;
