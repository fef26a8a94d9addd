import type { APIRoute } from 'astro';
import { decapConfigYaml } from '../../lib/decap/config.ts';

/** /admin/config.yml: the web editor's configuration, generated from the zod schemas at build time. */
export const GET: APIRoute = () => new Response(decapConfigYaml(), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
