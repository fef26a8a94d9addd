import type { CollectionInfo } from '../lib/decap/editor-table.ts';

/** The part of Immutable.js's Map that the editor's save hook uses (Decap hands entries over as these). */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  setIn(path: (string | number)[], value: unknown): ImmutableMap;
  deleteIn(path: (string | number)[]): ImmutableMap;
  toJS(): Record<string, unknown>;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}

/** Paths of values to drop, deepest first: empty texts, empty optional lists, empty groups. */
export function emptyPaths(value: unknown, keepEmpty: readonly string[], path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null || value instanceof Date) {
    return path.length && isEmpty(value) ? [path] : [];
  }
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  // Later items first, so removing one list item does not shift the index of the next.
  const inner = entries.reverse().flatMap(([key, child]) => emptyPaths(child, keepEmpty, [...path, key]));
  const dotted = path.filter((p) => typeof p === 'string').join('.');
  const becomesEmpty = entries.every(([key, child]) => isEmpty(child) || inner.some((p) => p.length === path.length + 1 && p[path.length] === key));
  if (path.length && becomesEmpty && !keepEmpty.includes(dotted)) return [path];
  return inner;
}

/**
 * Entry data as the schema wants it: Decap writes "" for a cleared optional field and {} for an
 * untouched group, which the schema refuses; a union field left empty gets its fixed text.
 */
export function cleanEntry(data: ImmutableMap, info: CollectionInfo): ImmutableMap {
  let clean = data;
  for (const path of emptyPaths(data.toJS(), info.keepEmpty)) clean = clean.deleteIn(path);
  for (const [field, fixed] of Object.entries(info.unions)) {
    if (clean.get(field) === undefined) clean = clean.set(field, fixed);
  }
  return clean;
}
