import type { UserConfig } from 'vite';

type OnLog = NonNullable<NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['onLog']>;

/**
 * Rolldown's log handler for both Astro configs: the site's and the plain reference site that
 * `npm run bench` builds, which must be quieted the same way for the times to compare. Astro's MDX
 * modules start with a "use astro:head-inject" directive that Rolldown warns about once per file
 * (withastro/astro#18087, harmless); at 10,000 entries that is 10 MB of log, and printing it costs
 * time. Every other message passes through.
 */
export const quietHeadInjectWarnings: OnLog = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
  handler(level, log);
};
