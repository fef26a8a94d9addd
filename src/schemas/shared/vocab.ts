import { z } from 'astro/zod';
import { fieldName } from './field.ts';

/**
 * A controlled vocabulary: machine keys (ASCII, used in URLs, filters and exports) with the
 * Danish label shown to readers. Each vocabulary is written once, here or in `vocabularies.ts`,
 * and every schema, page, search filter and export reads it from there.
 */
export interface Vocab<K extends string> {
  readonly keys: readonly [K, ...K[]];
  readonly labels: Readonly<Record<K, string>>;
  /** The Danish label of a key. */
  label(key: K): string;
  /** A zod enum whose error message lists every allowed value with its label. */
  schema(): z.ZodEnum<{ [P in K]: P }>;
}

/** Builds a vocabulary from `{ key: 'Dansk etiket' }`, keeping the written order. */
export function defineVocab<const L extends Record<string, string>>(labels: L): Vocab<Extract<keyof L, string>> {
  type K = Extract<keyof L, string>;
  const keys = Object.keys(labels) as K[];
  if (keys.length === 0) throw new Error('Et ordforråd skal have mindst én værdi.');
  const allowed = keys.map((k) => `${k} (${labels[k]})`).join(', ');
  return {
    keys: keys as [K, ...K[]],
    labels,
    label: (key) => labels[key] as string,
    schema: () =>
      z.enum(keys as [K, ...K[]], {
        error: (issue) =>
          issue.input === undefined
            ? `Feltet "${fieldName(issue)}" mangler. Skriv en af: ${allowed}.`
            : `"${fieldName(issue)}" har værdien ${JSON.stringify(issue.input)}, som ikke er tilladt. Skriv en af: ${allowed}.`,
      }),
  };
}
