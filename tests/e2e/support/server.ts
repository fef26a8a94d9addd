import { resolve } from 'node:path';
import { serveSite as serve } from '../../../scripts/lib/static-site.mjs';

const root = resolve(import.meta.dirname, '../../..');

/** How the site is served: `headers` sends the site's _headers file, `csp` adds a full CSP header. */
export interface ServeOptions {
  headers?: boolean;
  csp?: string;
}

/** Serves a built site (default dist/) as `npm run serve` does; returns its base URL and a stop function. */
export async function serveSite(dir = 'dist', options: ServeOptions = {}): Promise<{ url: string; stop: () => void }> {
  const server = await serve(resolve(root, dir), options);
  return { url: server.url, stop: () => void server.close() };
}
