import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { OWNERS_FILE } from '../codeowners.ts';
import { metaShape } from '../../schemas/shared/meta.ts';
import { COLLECTION_DEFINITIONS, COLLECTIONS, ENTRY_NOUN, type CollectionName } from '../../schemas/index.ts';
import { frontmatterJsonSchema } from '../schema-doc.ts';
import { SITE } from '../site.ts';
import { decapFields, type DecapField } from './fields.ts';

/** Build-time settings of the web editor, read from the environment (see README "Webeditoren"). */
export interface EditorSettings {
  /** `owner/name` of the GitHub repository (from `REPO_URL`). */
  repo: string;
  /** The branch pull requests go to (`REPO_BRANCH`). */
  branch: string;
  /** The OAuth endpoint (`DECAP_AUTH_URL`), split into Decap's `base_url` and `auth_endpoint`. */
  auth?: { baseUrl: string; endpoint: string } | undefined;
  /** URL of a local `decap-server` (`DECAP_LOCAL_BACKEND`), only for `npm run redaktoer` and tests. */
  localBackend?: string | undefined;
}

/** The key a new entry's file name travels under from the editor's save hook to the slug template. */
export const FILE_NAME_KEY = 'vb_filnavn';

/** The settings from the environment of this build. */
export function editorSettings(env: Record<string, string | undefined> = process.env): EditorSettings {
  const repoUrl = new URL(env['REPO_URL'] ?? SITE.repositoryUrl);
  const repo = repoUrl.pathname.replace(/^\/|\/$|\.git$/g, '');
  const authUrl = env['DECAP_AUTH_URL'] ? new URL(env['DECAP_AUTH_URL']) : undefined;
  const endpoint = authUrl?.pathname.replace(/^\/+|\/+$/g, '') || 'auth';
  return {
    repo,
    branch: env['REPO_BRANCH'] ?? SITE.branch,
    auth: authUrl ? { baseUrl: authUrl.origin, endpoint } : undefined,
    localBackend: env['DECAP_LOCAL_BACKEND'] || undefined,
  };
}

/**
 * Commit messages, and so the titles of the editor's pull requests, in Danish. Decap fills in
 * {{collection}} (the collection's singular noun), {{slug}} (the file name, made from the title)
 * and {{path}}; the noun comes first so the sentence fits every noun's gender.
 */
export const COMMIT_MESSAGES = {
  create: '{{collection}} oprettet: {{slug}}',
  update: '{{collection}} ændret: {{slug}}',
  delete: '{{collection}} slettet: {{slug}}',
  uploadMedia: 'Billede tilføjet: {{path}}',
  deleteMedia: 'Billede slettet: {{path}}',
  openAuthoring: '{{message}}',
};

/** The owner roles of .github/ejere.yaml, the one list of who may own an entry (the first is the default). */
export function ownerRoles(repoRoot = process.cwd()): string[] {
  // From the repository the build runs in (as the content reader does), not from this module's
  // place: bundled by Vite, import.meta.url points into the build output.
  const file = resolve(repoRoot, OWNERS_FILE);
  return Object.keys((parse(readFileSync(file, 'utf8')) as { ejere: Record<string, string> }).ejere);
}

/** What a new entry starts with: a draft, owned by the first role, reviewed today. */
function withDefaults(field: DecapField): DecapField {
  switch (field.name) {
    case 'status':
      return { ...field, default: 'udkast' };
    case 'ejer': {
      const roles = ownerRoles();
      return { ...field, widget: 'select', options: roles.map((r) => ({ label: r, value: r })), default: roles[0] };
    }
    case 'sidstGennemgaaet':
      return { ...field, default: '{{now}}' };
    case 'naesteGennemgang':
      return { ...field, widget: 'vb-review-date' };
    default:
      return field;
  }
}

/**
 * Coverage starts as "ukendt" (unknown): honest until a source says where the entry works, and a
 * new entry saves without the editor having to open the field (Decap checks the object's required
 * parts even when the object itself may be left out).
 */
function withCoverageDefault(field: DecapField): DecapField {
  if (field.name !== 'daekning' || !field.fields) return field;
  return { ...field, fields: field.fields.map((f) => (f.name === 'omfang' ? { ...f, default: 'ukendt' } : f)) };
}

/** The Markdown body of an MDX entry: raw Markdown only, so footnotes and <Bemaerk> stay as written. */
const BODY_FIELD: DecapField = {
  name: 'body',
  label: 'Brødtekst',
  widget: 'vb-markdown',
  required: false,
  hint: 'Almindelig Markdown: overskrifter med ##, lister, links og fodnoter [^1] til kilderne. Ingen HTML eller kode; kun <Bemaerk type="info">…</Bemaerk> er tilladt. Et afsnit med kun et link til en ramme, [Se rammen](/rammer/<id>/), viser rammen på siden.',
  modes: ['raw'],
  buttons: [],
  editor_components: [],
  sanitize_preview: true,
};

/** One Decap collection, generated from the collection's zod schema. */
export function decapCollection(name: CollectionName) {
  const definition = COLLECTION_DEFINITIONS[name];
  // The entry's own fields first (title at the top), the shared status and review fields last.
  const all = decapFields(frontmatterJsonSchema(name));
  const fields = [...all.filter((f) => !(f.name in metaShape)).map(withCoverageDefault), ...all.filter((f) => f.name in metaShape).map(withDefaults)];
  const mdx = definition.format === 'mdx';
  return {
    name,
    label: COLLECTIONS.label(name),
    label_singular: ENTRY_NOUN[name],
    folder: `content/${name}`,
    create: true,
    extension: mdx ? 'mdx' : 'yaml',
    format: mdx ? 'vb-frontmatter' : 'vb-yaml',
    identifier_field: definition.titleField,
    slug: `{{fields.${FILE_NAME_KEY}}}`,
    summary: `{{fields.${definition.titleField}}}`,
    sortable_fields: [definition.titleField],
    fields: mdx ? [...fields, BODY_FIELD] : fields,
  };
}

/** The whole Decap configuration: backend and publishing from the settings, collections from the schemas. */
export function decapConfig(settings: EditorSettings = editorSettings()) {
  return {
    locale: 'da',
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      open_authoring: true,
      commit_messages: COMMIT_MESSAGES,
      ...(settings.auth ? { base_url: settings.auth.baseUrl, auth_endpoint: settings.auth.endpoint } : {}),
    },
    ...(settings.localBackend ? { local_backend: { url: settings.localBackend, allowed_hosts: ['localhost', '127.0.0.1'] } } : {}),
    publish_mode: 'editorial_workflow',
    site_url: SITE.url,
    show_preview_links: false,
    media_folder: 'public/billeder',
    public_folder: '/billeder',
    collections: COLLECTIONS.keys.map(decapCollection),
  };
}

/** The configuration as `/admin/config.yml`. */
export function decapConfigYaml(settings: EditorSettings = editorSettings()): string {
  const header = '# Lavet af src/lib/decap/config.ts ud fra zod-skemaerne. Ret skemaerne, ikke denne fil.\n';
  return header + stringify(decapConfig(settings), { lineWidth: 0 });
}
