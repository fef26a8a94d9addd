/** `npm run issue-forms`: writes .github/ISSUE_TEMPLATE/*.yml from src/lib/issue-forms.ts and the vocabularies. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FORMS_DIR, writeIssueForms } from '../src/lib/issue-forms.ts';

const root = resolve(import.meta.dirname, '..');
mkdirSync(join(root, FORMS_DIR), { recursive: true });
writeIssueForms(root);
console.log(`Skrev formularerne i ${FORMS_DIR}.`);
