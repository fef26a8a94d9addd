import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { features } from '../plugins/index.ts';
import { lixOfTree, type Lix } from './lix.ts';

/**
 * LIX of an MDX body parsed as the build parses it: Sätteri's parser (in Rust) with the build's
 * features, counted by the same lixOfTree as the lint's KB028, which parses with remark. For reading
 * text the two trees agree (tests/unit/lib/lix-build.test.ts holds the scores equal on every content
 * file and on crafted samples); Sätteri takes about a tenth of the time (0.5 s against 4.7 s for
 * 939 guide-length bodies), and /redaktion/ scores every published body at each build.
 * Undefined for a short body, or one Sätteri cannot parse (the content guard stops such a build).
 */
export function lixOfBuiltBody(body: string | undefined): Lix | undefined {
  if (!body?.trim()) return undefined;
  let tree: Root;
  try {
    tree = mdxToMdast(body, { features, position: false }) as unknown as Root;
  } catch {
    return undefined;
  }
  return lixOfTree(tree);
}
