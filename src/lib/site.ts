import { feedbackMailbox } from './feedback.ts';

/**
 * Site-wide settings. Each can be overridden by an environment variable at build time, so a
 * deployment sets its own without editing code.
 */
export const SITE = {
  /** Absolute address of the published site (used for the sitemap, canonical links, feeds). */
  url: process.env['SITE_URL'] ?? 'http://localhost:4321',
  /** The Git repository that holds the content; edit and history links point here. */
  repositoryUrl: process.env['REPO_URL'] ?? 'https://github.com/region-oestdanmark/vidensbasen',
  /** The branch that is published. */
  branch: process.env['REPO_BRANCH'] ?? 'main',
  /**
   * The role mailbox that readers' answers to "Var siden nyttig?" go to (FEEDBACK_EMAIL, e.g.
   * kontakt@eksempel.dk). Checked against the schemas' role-mailbox rule when the build starts;
   * until it is set, a marked default on a reserved domain is used and the build tests list it.
   */
  feedback: feedbackMailbox(process.env['FEEDBACK_EMAIL']),
  name: 'Vidensbasen',
  tagline: 'Samarbejdet mellem Region Østdanmark og civilsamfundet',
  /** The site's icon in public/, linked from every page and from the web editor. */
  icon: '/favicon.svg',
} as const;

/** Link to edit a file in the repository's web editor. */
export const editUrl = (path: string) => `${SITE.repositoryUrl}/edit/${SITE.branch}/${path}`;
/** Link to the change history of a file. */
export const historyUrl = (path: string) => `${SITE.repositoryUrl}/commits/${SITE.branch}/${path}`;
/** Link to a new, prefilled issue about a page. */
export const feedbackUrl = (title: string, pageUrl: string) =>
  `${SITE.repositoryUrl}/issues/new?template=fejl-paa-side.yml&title=${encodeURIComponent(`Om siden: ${title}`)}&side=${encodeURIComponent(pageUrl)}`;
/** Link to one of the repository's issue forms (.github/ISSUE_TEMPLATE/<template>). */
export const issueFormUrl = (template: string) => `${SITE.repositoryUrl}/issues/new?template=${template}`;
/** Link to a file in the repository as GitHub shows it, e.g. CONTRIBUTING.md. */
export const repoFileUrl = (path: string) => `${SITE.repositoryUrl}/blob/${SITE.branch}/${path}`;
