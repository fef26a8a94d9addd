import { siteModel } from '../entries.ts';
import { SITE } from '../site.ts';
import { dataContext, type DataContext } from './context.ts';

let cache: Promise<DataContext> | undefined;

/**
 * The exports' view of the built site: the published entries (drafts are dropped here again, so
 * not even `npm run dev` exports one) and the site's absolute address. Computed once per build.
 */
export function siteData(): Promise<DataContext> {
  cache ??= siteModel().then(({ all }) => dataContext(all, SITE.url));
  return cache;
}

/** A JSON response, pretty-printed so people can read the file too. */
export const jsonResponse = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** A CSV response. */
export const csvResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
