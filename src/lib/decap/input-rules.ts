import { findCprNumbers } from '../lint/rules/kb011-cpr.ts';
import { altProblem } from '../lint/alt-problem.ts';
import { isVagueLinkText } from '../lint/link-text.ts';
import { describeCharacter, invisibleOnLine } from '../lint/invisible-characters.ts';
import { personalData } from '../lint/personal-data.ts';
import type { Allowlist } from '../lint/allowlist.ts';
import { PLACEHOLDER } from '../../schemas/shared/field.ts';
import { reviewInOrder } from '../../schemas/shared/meta.ts';
import { urlProblem } from '../lint/url-problem.ts';
import { cvrNumber, isValidCvr } from '../../schemas/organisation.ts';
import { FUNCTIONAL_MAILBOXES, HTTPS_URL_PATTERN, isFunctionalMailbox, isHttps, mainNumberTel, roleMailto } from '../../schemas/shared/url.ts';

/**
 * What the web editor refuses in a field before anything is saved. The same rules hold in
 * `npm run tjek` (src/lib/decap/editor-rules.ts lists which); here they give a Danish message at the field.
 * Pure functions: the editor's browser bundle and the unit tests import them.
 */

/** The one component an entry body may use, with its allowed `type` values. */
const CALLOUT_OPEN = /^<Bemaerk(?:\s+type="(?:info|advarsel|fejl|succes)")?\s*>$/;
const CALLOUT_CLOSE = /^<\/Bemaerk\s*>$/;
const TAG = /<\/?[A-Za-z!][^>\n]*>?/g;
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)/g;
const IMAGE = /!\[([^\]]*)\]\(/g;
const LINK_TEXT = /(?<!!)\[([^\]^][^\]]*)\]\(/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * The reviewed exceptions of content/undtagelser.yaml as the build hands them to the editor's
 * script: read at build time by the content check's own reader (readAllowlist, in
 * src/lib/decap/editor-table.ts) and written into the bundle as lists, so the form and
 * `npm run tjek` accept the same numbers and addresses.
 */
export interface AllowlistLists {
  cpr: string[];
  kontakt: string[];
}

/** The lists as the lint's Allowlist (sets), for the check functions below. */
export function allowlistFromLists(lists: AllowlistLists): Allowlist {
  return { cpr: new Set(lists.cpr), kontakt: new Set(lists.kontakt) };
}

/** A CPR-like number anywhere in a text (those listed in content/undtagelser.yaml left out), as a Danish message, or undefined. */
export function cprProblem(text: string, allow: Allowlist): string | undefined {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => findCprNumbers(l, allow.cpr).length > 0);
  if (line < 0) return undefined;
  const where = lines.length > 1 ? ` (linje ${line + 1})` : '';
  return `Her står noget, der ligner et CPR-nummer${where}. CPR-numre må aldrig offentliggøres: slet det.`;
}

function where(lines: string[], line: number): string {
  return lines.length > 1 ? ` (linje ${line + 1})` : '';
}

/** Characters a reader cannot see (KB031), as a Danish message, or undefined. */
export function invisibleProblem(text: string): string | undefined {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const [found] = invisibleOnLine(line);
    if (found) return `Her står et usynligt tegn${where(lines, i)}: ${describeCharacter(found[1])}. Slet det, fx ved at skrive ordet om.`;
  }
  return undefined;
}

/**
 * The first problem in a text field: CPR number, personal mail or mobile (with the exceptions of
 * content/undtagelser.yaml, as the check reads them), placeholder, invisible characters.
 */
export function textProblem(text: string, allow: Allowlist): string | undefined {
  const cpr = cprProblem(text, allow);
  if (cpr) return cpr;
  const [personal] = personalData(text, allow);
  if (personal) return personal;
  if (text.includes(PLACEHOLDER)) return `Pladsholderen ${PLACEHOLDER} står stadig her. Skriv teksten i stedet.`;
  return invisibleProblem(text);
}

/** The review dates as the check reads them (KB001's order and KB014's passed date), or undefined. */
export function reviewDateProblem(next: Date, last: Date | undefined, today: Date): string | undefined {
  if (last && !reviewInOrder(last, next)) return 'Næste gennemgang skal ligge efter sidste gennemgang. Vælg en senere dato, fx et år efter.';
  if (next.getTime() < today.getTime()) return 'Datoen er allerede passeret. Vælg en dato efter i dag, fx om et år.';
  return undefined;
}

/** The first problem in an entry body (Markdown with the <Bemaerk> callout), or undefined. */
export function bodyProblem(body: string, allow: Allowlist): string | undefined {
  const importLine = /^[ \t]*(?:import|export)\b/m.exec(body);
  if (importLine) {
    return `Linje ${lineOf(body, importLine.index)} begynder med "import" eller "export", som er kode. Slet linjen, eller omformulér, så linjen ikke begynder med det ord.`;
  }
  const brace = /[{}]/.exec(body);
  if (brace) {
    return `Linje ${lineOf(body, brace.index)} har en krøllet parentes { eller }, som er kode i MDX. Slet den, eller skriv en almindelig parentes ( ) i stedet.`;
  }
  for (const match of body.matchAll(TAG)) {
    if (CALLOUT_OPEN.test(match[0]) || CALLOUT_CLOSE.test(match[0])) continue;
    return `Linje ${lineOf(body, match.index)} har HTML eller en komponent (${match[0].slice(0, 40)}), som ikke er tilladt. Skriv almindelig Markdown; den eneste tilladte komponent er <Bemaerk type="info">…</Bemaerk> (type: info, advarsel, fejl eller succes).`;
  }
  const opened = body.match(/<Bemaerk\b/g)?.length ?? 0;
  const closed = body.match(/<\/Bemaerk\s*>/g)?.length ?? 0;
  if (opened !== closed) {
    return `Hver <Bemaerk type="info"> skal have sin egen </Bemaerk> efter teksten. Her er der ${opened} af den første og ${closed} af den sidste.`;
  }
  for (const link of body.matchAll(LINK_TARGET)) {
    const problem = urlProblem(link[1] ?? '');
    if (problem) return `Linje ${lineOf(body, link.index)}: ${problem}`;
  }
  for (const image of body.matchAll(IMAGE)) {
    const problem = altProblem(image[1] ?? '');
    if (problem) return `Linje ${lineOf(body, image.index)}: ${problem}`;
  }
  for (const link of body.matchAll(LINK_TEXT)) {
    if (isVagueLinkText(link[1] ?? '')) {
      return `Linje ${lineOf(body, link.index)}: linkteksten ${link[1]} siger ikke, hvor linket fører hen. Skriv navnet på siden, fx Læs vejledningen om frivillige.`;
    }
  }
  for (const callout of body.matchAll(/<Bemaerk\b[^>]*>([\s\S]*?)<\/Bemaerk\s*>/g)) {
    if (!(callout[1] ?? '').trim()) return `Linje ${lineOf(body, callout.index)}: bemærkningen er tom. Skriv teksten mellem <Bemaerk type="info"> og </Bemaerk>.`;
  }
  return textProblem(body, allow);
}

/**
 * Fields a person fills in plain form (src/admin/cms.ts): `toStored` turns what was typed into
 * the form the schema wants, `toText` shows a stored value, `problem` checks the stored value with
 * the schema's own functions and says in plain words what to write, with an example.
 */
export interface PlainForm {
  toStored(text: string): string;
  toText(stored: string): string;
  problem(stored: string): string | undefined;
}

const MAILBOX = /^[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$/i;

export const PLAIN_FORMS: Record<'vb-url' | 'vb-mail' | 'vb-tel' | 'vb-cvr', PlainForm> = {
  'vb-url': {
    toStored(text) {
      const value = text.trim();
      if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
      return `https://${value.replace(/^\/+/, '')}`;
    },
    toText: (stored) => stored,
    problem(stored) {
      if (/^http:/i.test(stored)) return 'Adressen skal være sikker (https). Skriv den uden http://, fx www.eksempel.dk';
      if (!isHttps(stored) || !new RegExp(HTTPS_URL_PATTERN).test(stored)) return 'Skriv en webadresse uden mellemrum, fx www.eksempel.dk';
      return undefined;
    },
  },
  'vb-mail': {
    toStored(text) {
      const value = text.trim().replace(/^mailto:/i, '');
      return value === '' ? '' : `mailto:${value}`;
    },
    toText: (stored) => stored.replace(/^mailto:/i, ''),
    problem(stored) {
      const address = stored.replace(/^mailto:/i, '');
      if (!MAILBOX.test(address)) return 'Skriv en mailadresse, fx info@eksempel.dk';
      if (!isFunctionalMailbox(address)) {
        return `Skriv en fælles postkasse, ikke en persons adresse. Den skal begynde med et af disse ord før @: ${FUNCTIONAL_MAILBOXES.join(', ')}. Fx info@eksempel.dk`;
      }
      return roleMailto().safeParse(stored).success ? undefined : 'Skriv en fælles postkasse, fx info@eksempel.dk';
    },
  },
  'vb-tel': {
    toStored(text) {
      const value = text.trim();
      const digits = value.replace(/[\s().-]/g, '');
      const number = /^(?:\+45|0045)?(\d{8})$/.exec(digits);
      if (number) return `tel:+45${number[1]}`;
      return value === '' ? '' : `tel:${value}`;
    },
    toText(stored) {
      const number = /^tel:\+45(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(stored);
      return number ? number.slice(1).join(' ') : stored.replace(/^tel:/, '');
    },
    problem: (stored) =>
      mainNumberTel().safeParse(stored).success ? undefined : 'Skriv et dansk hovednummer med otte cifre, fx 33 33 33 33. Mellemrum og +45 er i orden.',
  },
  'vb-cvr': {
    toStored: (text) => text.replace(/\s/g, ''),
    toText: (stored) => stored,
    problem(stored) {
      if (!/^\d{8}$/.test(stored)) return 'Skriv CVR-nummeret som otte cifre, fx 12345674';
      if (!isValidCvr(stored)) return 'Det er ikke et gyldigt CVR-nummer: det sidste ciffer passer ikke med de første syv (et gyldigt nummer er fx 12345674). Tjek nummeret på virk.dk, eller lad feltet stå tomt.';
      return cvrNumber().safeParse(stored).success ? undefined : 'Skriv CVR-nummeret som otte cifre, fx 12345674';
    },
  },
};
