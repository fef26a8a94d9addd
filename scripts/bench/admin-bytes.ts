import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bytes of the web editor in a built site (dist/admin/): its HTML page, JavaScript (Decap's
 * bundle, its lazily loaded chunks and the site's script), the generated configuration and the
 * rest (WebAssembly). `upFront` is what an editor's browser fetches before the editor shows:
 * the page, decap-cms.js, vidensbasen-cms.js and config.yml.
 */
export function adminBytes(dist: string) {
  const dir = join(dist, 'admin');
  const sizes = existsSync(dir) ? readdirSync(dir).map((name) => [name, statSync(join(dir, name)).size] as const) : [];
  const sum = (test: (name: string) => boolean) => sizes.filter(([name]) => test(name)).reduce((total, [, size]) => total + size, 0);
  const html = sum((n) => n.endsWith('.html'));
  const js = sum((n) => n.endsWith('.js'));
  const config = sum((n) => n === 'config.yml');
  const other = sum((n) => !n.endsWith('.html') && !n.endsWith('.js') && n !== 'config.yml');
  const upFront = sum((n) => ['index.html', 'decap-cms.js', 'vidensbasen-cms.js', 'config.yml'].includes(n));
  return { html, js, config, other, total: html + js + config + other, upFront };
}
