import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** Where the authority's logo is published, when one is set. */
export const LOGO_PATH = '/myndighed/logo.svg';

/**
 * Reads the authority's SVG logo (MYNDIGHED_LOGO, relative to the repository root). The file is
 * served from the site's own origin, so it must be a plain image: a script or an event handler in
 * it stops the build with a message that says what to do.
 */
export function readLogo(path: string, root = process.cwd()): string {
  const file = isAbsolute(path) ? path : resolve(root, path);
  let svg: string;
  try {
    svg = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`MYNDIGHED_LOGO peger på ${file}, men filen findes ikke. Ret stien (relativt til projektets rod), eller fjern indstillingen.`);
  }
  if (!/<svg[\s>]/i.test(svg)) throw new Error(`MYNDIGHED_LOGO (${file}) er ikke en SVG-fil. Brug logoet som SVG.`);
  if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(svg)) {
    throw new Error(`MYNDIGHED_LOGO (${file}) indeholder kode (script, on…= eller javascript:). Brug en ren SVG-fil uden kode.`);
  }
  return svg;
}
