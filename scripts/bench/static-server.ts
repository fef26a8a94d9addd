/**
 * The built site on a free loopback port for the benchmark (scripts/lib/static-site.mjs), counting
 * the bytes it sends so the benchmark can report what a search fetched (including requests from
 * Pagefind's Web Worker, which the page's own resource timing does not see). Files may be cached
 * for an hour, so a warm search is warm.
 */
import { serveSite } from '../lib/static-site.mjs';

/** Serves `dir`; `take()` returns the bytes sent since the last call. */
export async function serveDir(dir: string) {
  let bytes = 0;
  const server = await serveSite(dir, { maxAge: 3600, onSend: (size) => (bytes += size) });
  return {
    url: server.url,
    take: () => {
      const sent = bytes;
      bytes = 0;
      return sent;
    },
    close: server.close,
  };
}
