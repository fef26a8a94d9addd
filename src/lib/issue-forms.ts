import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Vocab } from '../schemas/shared/vocab.ts';
import { repoFileUrl } from './site.ts';
import { EKSEMPEL_STATUS, MAALGRUPPER, ORGANISATIONSTYPER, REGIONER, SAMARBEJDSMODELLER, TEMAER } from '../schemas/shared/vocabularies.ts';

/** Where GitHub looks for issue forms. */
export const FORMS_DIR = '.github/ISSUE_TEMPLATE';

type Field = Record<string, unknown>;

const PUBLIC_WARNING: Field = {
  type: 'markdown',
  attributes: {
    value:
      '**Alt, hvad du skriver her, er offentligt med det samme**, også før nogen har læst det. Skriv ikke navne på enkeltpersoner, personlige mailadresser, telefonnumre, CPR-numre eller helbredsoplysninger.',
  },
};

const CONSENT: Field = {
  type: 'checkboxes',
  id: 'persondata',
  attributes: {
    label: 'Personoplysninger',
    options: [{ label: 'Jeg har ikke skrevet personoplysninger (navne, personlige mail, telefonnumre, CPR-numre).', required: true }],
  },
};

const input = (id: string, label: string, description: string, required = true): Field => ({
  type: 'input', id, attributes: { label, description }, validations: { required },
});
const text = (id: string, label: string, description: string, required = true): Field => ({
  type: 'textarea', id, attributes: { label, description }, validations: { required },
});
/** What a form says about itself in GitHub's list of forms. */
interface FormMeta {
  name: string;
  description: string;
  title: string;
  labels: string[];
}

/**
 * An issue form: its fields between the warning that everything is public and the box the writer
 * ticks to say there is no personal data in it. Every form is public, so no form may leave them out.
 */
const issueForm = (meta: FormMeta, fields: Field[]) => ({ ...meta, body: [PUBLIC_WARNING, ...fields, CONSENT] });

/** A dropdown whose options are a vocabulary's Danish labels: written once, in vocabularies.ts. */
const choose = (id: string, label: string, vocab: Vocab<string>, multiple = false, required = true): Field => ({
  type: 'dropdown', id, attributes: { label, multiple, options: vocab.keys.map((k) => vocab.label(k)) }, validations: { required },
});

/** The repository's issue forms, by file name. */
export const ISSUE_FORMS: Record<string, object> = {
  'fejl-paa-side.yml': issueForm(
    {
      name: 'Fejl eller forslag til en side',
      description: 'Noget er forkert, forældet, svært at forstå, eller et link virker ikke.',
      title: 'Om siden: ',
      labels: ['fejl på side'],
    },
    [
      input('side', 'Hvilken side?', 'Adressen på siden, fx /organisationer/hjerteforeningen/. Udfyldes af linket "Var siden nyttig?".'),
      { type: 'dropdown', id: 'slags', attributes: { label: 'Hvad drejer det sig om?', options: ['Forkert eller forældet oplysning', 'Link virker ikke', 'Svært at forstå', 'Siden var nyttig', 'Andet'] }, validations: { required: true } },
      text('hvad', 'Hvad skal ændres?', 'Skriv gerne, hvad der står nu, og hvad der burde stå.'),
      input('kilde', 'Kilde', 'Et link til en offentlig kilde, der bekræfter rettelsen (https://…).', false),
    ],
  ),
  'ny-organisation.yml': issueForm(
    {
      name: 'Ny organisation',
      description: 'Foreslå en organisation i civilsamfundet, som skal med i vidensbasen.',
      title: 'Ny organisation: ',
      labels: ['indhold', 'ny organisation'],
    },
    [
      input('navn', 'Organisationens navn', 'Som organisationen selv skriver det.'),
      input('hjemmeside', 'Hjemmeside', 'Fuld adresse, der begynder med https://'),
      choose('type', 'Type', ORGANISATIONSTYPER),
      choose('omraader', 'Regioner, organisationen arbejder i', REGIONER, true),
      choose('maalgrupper', 'Hvem arbejder organisationen for?', MAALGRUPPER, true),
      choose('temaer', 'Hvad arbejder organisationen med?', TEMAER, true),
      text('resume', 'Hvad gør organisationen?', 'En eller to sætninger.'),
      text('kilder', 'Kilder', 'Links til offentlige sider, der beskriver organisationen (mindst ét).'),
      input('kontakt', 'Fælles kontakt', 'En fælles postkasse (fx info@…) eller et hovednummer. Ingen personlige oplysninger.', false),
    ],
  ),
  'nyt-eksempel.yml': issueForm(
    {
      name: 'Nyt eksempel på et samarbejde',
      description: 'Fortæl om et samarbejde mellem en regional enhed og civilsamfundet.',
      title: 'Nyt eksempel: ',
      labels: ['indhold', 'nyt eksempel'],
    },
    [
      input('titel', 'Hvem gør hvad med hvem?', 'En kort titel, fx "Patientstøtter fra Hjerteforeningen på Nordsjællands Hospital".'),
      choose('region', 'Region', REGIONER),
      input('enheder', 'Regionale enheder', 'Hospitaler, centre eller afdelinger, der deltager.'),
      input('organisationer', 'Organisationer', 'De organisationer, der deltager.'),
      choose('model', 'Hvem udfører arbejdet?', SAMARBEJDSMODELLER),
      choose('samarbejdsstatus', 'Hvor står samarbejdet nu?', EKSEMPEL_STATUS),
      choose('maalgrupper', 'Hvem er samarbejdet for?', MAALGRUPPER, true),
      text('beskrivelse', 'Hvad er samarbejdet?', 'Hvad gør de sammen, siden hvornår, og hvad er resultatet, hvis det er kendt?'),
      text('kilder', 'Kilder', 'Links til offentlige kilder om samarbejdet (mindst ét).'),
    ],
  ),
  'config.yml': {
    blank_issues_enabled: false,
    contact_links: [{ name: 'Sådan bidrager du', url: repoFileUrl('CONTRIBUTING.md'), about: 'Ret eller tilføj indhold selv med en pull request.' }],
  },
};

const HEADER = '# Genereret af npm run generer ud fra src/lib/issue-forms.ts og ordforrådene. Ret ikke i hånden.\n';

/** The text of each form file. */
export function issueFormFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(ISSUE_FORMS).map(([name, form]) => [name, HEADER + stringify(form, { lineWidth: 0 })]));
}

/** Form files whose text on disk differs from what the vocabularies give. */
export function staleIssueForms(repoRoot: string): string[] {
  return Object.entries(issueFormFiles())
    .filter(([name, text]) => {
      try {
        return readFileSync(join(repoRoot, FORMS_DIR, name), 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}

/** Writes every form file. */
export function writeIssueForms(repoRoot: string): void {
  for (const [name, text] of Object.entries(issueFormFiles())) writeFileSync(join(repoRoot, FORMS_DIR, name), text);
}
