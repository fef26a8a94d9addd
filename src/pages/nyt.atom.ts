import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/data/feed';
import { contentHistory } from '../lib/git-history';
import { stableId } from '../lib/data/ids';
import { newsItems } from '../lib/data/news';
import { siteData } from '../lib/data/site-data';
import { DATA_LICENSE } from '../lib/authority';
import { SITE } from '../lib/site';
import { UI } from '../lib/ui';

/** /nyt.atom: new and changed entries, newest first (Atom 1.0). */
export const GET: APIRoute = async () => {
  const ctx = await siteData();
  const xml = atomFeed({
    id: `urn:uuid:${stableId('feed/nyt.atom')}`,
    title: `${SITE.name}: ${UI.data.feedTitle}`,
    subtitle: UI.data.feedSubtitle,
    self: new URL('/nyt.atom', SITE.url).href,
    home: new URL('/', SITE.url).href,
    author: UI.data.feedAuthor,
    rights: UI.data.licenseRights(DATA_LICENSE.navn, DATA_LICENSE.url),
    items: newsItems(ctx, contentHistory(process.cwd())),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
