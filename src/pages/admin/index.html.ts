import type { APIRoute } from 'astro';
import { adminHtml } from '../../lib/decap/admin-page.ts';

/** /admin/: the web editor (Decap CMS). An endpoint, so it gets its own CSP instead of the content pages'. */
export const GET: APIRoute = () => new Response(adminHtml(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
