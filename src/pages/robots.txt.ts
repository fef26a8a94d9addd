import type { APIRoute } from 'astro';
import { SITE } from '../lib/site';

/** robots.txt with the absolute sitemap address of this deployment. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /redaktion/\nSitemap: ${new URL('/sitemap-index.xml', SITE.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
