import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support.ts';

/** A file in dist/ by its site path. */
export const distFile = (path: string) => readFileSync(join(DIST, path));
/** A JSON file in dist/ by its site path. */
export const distJson = <T = Record<string, unknown>>(path: string): T => JSON.parse(distFile(path).toString('utf8')) as T;

/** The site path of an absolute URL on the built site (exports hold absolute URLs). */
export const sitePath = (url: string) => new URL(url).pathname;

export { parseCsv } from '../support/csv.ts';
