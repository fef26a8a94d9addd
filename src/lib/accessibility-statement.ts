/**
 * The facts of the accessibility statement (/tilgaengelighed/) that only the site's owner can give.
 * Webtilgængelighedsloven asks for an official statement made in Digitaliseringsstyrelsen's WAS-Tool,
 * published at was.digst.dk/<domæne>, with both a telephone and a written contact. Until the owner
 * fills a field in here, the page shows a clearly marked placeholder and the build tests list it.
 * Never put a person's own phone number or e-mail address here: use the organisation's.
 */
export const STATEMENT = {
  /** The official statement, `https://was.digst.dk/<domæne>` – known once the site has its domain. */
  wasUrl: undefined as string | undefined,
  /** The main telephone number readers call about accessibility, e.g. `+45 00 00 00 00`. */
  telefon: undefined as string | undefined,
  /** A written contact: a role mailbox (`tilgaengelighed@…`) or the address of a contact form. */
  skriftligKontakt: undefined as string | undefined,
  /** When this statement was written and last checked (ÅÅÅÅ-MM-DD). */
  udarbejdet: '2026-11-22',
  /** The law asks for an update at least once a year and after relevant changes. */
  naesteGennemgang: '2027-11-22',
};

/** What a missing field is, in words an owner understands. */
const FIELD_LABELS = {
  wasUrl: 'link til den officielle erklæring på was.digst.dk/<domæne>',
  telefon: 'telefonnummer til henvendelser om tilgængelighed',
  skriftligKontakt: 'skriftlig kontakt (fællespostkasse eller kontaktformular)',
} as const;

/** A field the owner must still fill in. */
export interface MissingField {
  field: keyof typeof FIELD_LABELS;
  label: string;
}

/** The statement's fields that are still placeholders. */
export function missingStatementFields(statement: Pick<typeof STATEMENT, keyof typeof FIELD_LABELS> = STATEMENT): MissingField[] {
  return (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[])
    .filter((field) => !statement[field]?.trim())
    .map((field) => ({ field, label: FIELD_LABELS[field] }));
}

/** The marker text shown on the page in place of a missing field. */
export const placeholderText = (label: string) => `[Udfyldes af ejeren: ${label}]`;
