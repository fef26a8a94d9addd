import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPages as pagesOf, EDITOR_TOOL_PAGE, readerPages as readerPagesOf } from '../../src/lib/built-site.ts';

/** The built site the build tests read. */
export const DIST = resolve(import.meta.dirname, '../../dist');

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ mangler: byg sitet med "npm run build", før build-testene køres.');
}

/** /admin/, the web editor: tests/build/admin.test.ts checks it; tests of what readers get leave it out. */
export { EDITOR_TOOL_PAGE };

/** Every HTML page in dist/, as site paths like `/organisationer/hjerteforeningen/`. */
export const builtPages = (): string[] => pagesOf(DIST).map((page) => page.path);

/** Every page a reader gets: all built pages but the editor tool. */
export const readerPages = (): string[] => readerPagesOf(DIST).map((page) => page.path);

/** The HTML of a built page by its site path. */
export function readPage(path: string): string {
  const file = /\.[a-z]+$/.test(path) ? path : join(path, 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}
