/**
 * `npm run generer`: writes the repository files that are generated from the schemas, the
 * vocabularies and the content, so they cannot drift: .github/CODEOWNERS (from the `ejer`
 * fields and .github/ejere.yaml), the issue forms (.github/ISSUE_TEMPLATE/) and the table of
 * collections in CONTRIBUTING.md, and the list of rules the web editor checks in README.md and
 * CONTRIBUTING.md (with the content check's rule range). Unit tests fail when any of them is out of date.
 * `npm run generer -- --decap` prints the web editor's configuration (/admin/config.yml) instead.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCodeowners } from '../src/lib/codeowners.ts';
import { writeContributing } from '../src/lib/contributing.ts';
import { decapConfigYaml } from '../src/lib/decap/config.ts';
import { writeEditorDocs } from '../src/lib/editor-docs.ts';
import { FORMS_DIR, writeIssueForms } from '../src/lib/issue-forms.ts';

const root = resolve(import.meta.dirname, '..');
// The web editor's configuration depends on build-time settings (REPO_URL, DECAP_AUTH_URL …), so it is
// built with the site (/admin/config.yml) and only printed here for inspection.
if (process.argv.includes('--decap')) {
  process.stdout.write(decapConfigYaml());
  process.exit(0);
}
try {
  writeCodeowners(root, join(root, 'content'));
  mkdirSync(join(root, FORMS_DIR), { recursive: true });
  writeIssueForms(root);
  writeContributing(root);
  writeEditorDocs(root);
  console.log('Skrev .github/CODEOWNERS, .github/ISSUE_TEMPLATE/, tabellen over samlinger i CONTRIBUTING.md og webeditorens regler i README.md og CONTRIBUTING.md.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
