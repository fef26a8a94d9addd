import type { APIRoute } from 'astro';
import { AUTHORITY } from '../../lib/authority';
import { readLogo } from '../../lib/authority-logo';

/** /myndighed/logo.svg: the authority's logo, only when MYNDIGHED_LOGO is set. */
export function getStaticPaths() {
  return AUTHORITY.logo ? [{ params: { fil: 'logo' } }] : [];
}

export const GET: APIRoute = () =>
  new Response(readLogo(AUTHORITY.logo!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
