import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { ADMIN_STYLESHEET } from '../lib/decap/admin-page.ts';
import { editorTable } from '../lib/decap/editor-table.ts';

/** Decap's self-hosted bundle: the main file, its lazily loaded chunks and WebAssembly (no source maps). */
const DECAP_DIST = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const isDecapFile = (name: string) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$/.test(name);
const ENTRY = resolve(fileURLToPath(import.meta.url), '../../admin/cms.ts');
const STYLESHEET = resolve(fileURLToPath(import.meta.url), '../../admin/admin.css');

/** The editor's corrections to Decap's styles (src/admin/admin.css), with the site's tokens inlined. */
export async function bundleAdminStylesheet(): Promise<string> {
  const result = await build({ entryPoints: [STYLESHEET], bundle: true, write: false, minify: true, legalComments: 'none' });
  return result.outputFiles[0]?.text ?? '';
}

/** The site's own additions to Decap, bundled for the browser with the table generated from the schemas. */
export async function bundleAdminScript(previewStyle: string): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { __VB_EDITOR__: JSON.stringify(editorTable(previewStyle)) },
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The hashed stylesheet of the built pages, as the front page links it. */
export function builtStylesheet(outDir: string): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const href = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error('decap-admin: fandt ingen stylesheet i dist/index.html til forhåndsvisningen i /admin/.');
  return href;
}

/**
 * /admin/ (the web editor): copies Decap's bundle from node_modules into the built site and
 * bundles the site's script with the preview stylesheet's real URL. Under `astro dev` (and
 * `npm run redaktoer`) the same files are served from node_modules and bundled on request.
 */
export function decapAdmin(): AstroIntegration {
  return {
    name: 'vidensbasen:decap-admin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const admin = join(outDir, 'admin');
        mkdirSync(admin, { recursive: true });
        const files = readdirSync(DECAP_DIST).filter(isDecapFile);
        for (const file of files) copyFileSync(join(DECAP_DIST, file), join(admin, file));
        writeFileSync(join(admin, 'vidensbasen-cms.js'), await bundleAdminScript(builtStylesheet(outDir)));
        writeFileSync(join(admin, ADMIN_STYLESHEET), await bundleAdminStylesheet());
        logger.info(`/admin/: Decap CMS (${files.length} filer), vidensbasen-cms.js og ${ADMIN_STYLESHEET} skrevet.`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (path === '/admin' || path === '/admin/') {
            req.url = '/admin/index.html';
            return next();
          }
          const name = path.startsWith('/admin/') ? path.slice('/admin/'.length) : '';
          if (name === ADMIN_STYLESHEET) {
            bundleAdminStylesheet().then((css) => {
              res.setHeader('Content-Type', 'text/css; charset=utf-8');
              res.end(css);
            }, next);
            return undefined;
          }
          if (name === 'vidensbasen-cms.js') {
            bundleAdminScript('/src/styles/global.css').then((code) => {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              res.end(code);
            }, next);
            return undefined;
          }
          const file = join(DECAP_DIST, name);
          if (!isDecapFile(name) || !existsSync(file)) return next();
          res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
          createReadStream(file).pipe(res);
          return undefined;
        });
      },
    },
  };
}
