import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Search under `npm run dev`: Pagefind's index only exists after a build, so the dev server serves
 * `/pagefind/*` from the last build in dist/. Without a build the search UI says to run
 * `npm start` (or `npm run build` once). The index then reflects the last build, not live edits.
 */
export function pagefindDev(): AstroIntegration {
  let root = resolve('dist', 'pagefind');
  return {
    name: 'vidensbasen:pagefind-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = resolve(fileURLToPath(config.outDir), 'pagefind');
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(root)) logger.info('Intet søgeindeks i dist/pagefind: kør "npm run build" én gang for at få søgning under udvikling.');
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith('/pagefind/')) return next();
          const file = normalize(join(root, decodeURIComponent(path.slice('/pagefind/'.length))));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
