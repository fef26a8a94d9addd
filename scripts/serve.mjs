/**
 * `npm run serve` (and the second half of `npm start`): serves the built site from dist/ on
 * localhost as a static host would (scripts/lib/static-site.mjs).
 * PORT and HOST may be set in the environment; the default is http://localhost:4321/.
 * Options (used by the browser tests to serve the site as a host with headers would):
 *   --headers         send the headers of the site's _headers file, as Netlify/Cloudflare do
 *   --csp "<policy>"  also send this Content-Security-Policy header on every response
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveSite } from './lib/static-site.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { headers: { type: 'boolean', default: false }, csp: { type: 'string' } },
});
const root = resolve(import.meta.dirname, '..', positionals[0] ?? 'dist');
try {
  const { port } = await serveSite(root, { ...options, port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Vidensbasen kører på http://localhost:${port}/  (stop med Ctrl+C)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
