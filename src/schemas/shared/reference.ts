import { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';

/** What a resolved reference looks like after parsing, in Astro and in Node alike. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/**
 * Whether a value in parsed data is a reference: an object of exactly `id` and `collection`, both
 * text – what both reference factories make. The one test for it (relations, search, tests).
 */
export function isEntryRef(value: unknown): value is EntryRef {
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return false;
  const record = value as Record<string, unknown>;
  return Object.keys(record).length === 2 && typeof record['id'] === 'string' && typeof record['collection'] === 'string';
}

/** The key of an entry or reference: `collection/id`. Unique across the site. */
export const keyOf = (ref: EntryRef) => `${ref.collection}/${ref.id}`;

/**
 * Makes a reference field. Astro's `reference()` is passed in by `content.config.ts`; scripts that
 * run outside Astro (lint, exports, JSON Schema) pass `slugReference`, and check that the target
 * exists themselves. So the schemas are written once and work in both places.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>, unknown>;

/** Slugs are lower-case ASCII words joined by hyphens, as Astro's glob loader makes ids. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference checked only for its form; resolution is checked against the whole corpus. */
export const slugReference: RefFactory = (collection) =>
  z
    .string({ error: `En henvisning til "${collection}" skal være filnavnet uden endelse, fx ${collection}-navn` })
    .regex(SLUG, {
      error: `En henvisning til "${collection}" skal være filnavnet uden endelse: små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa).`,
    })
    .meta({ title: `Henvisning til ${collection}`, 'x-reference': collection })
    .transform((id) => ({ id, collection })) as unknown as z.ZodType<EntryRef<typeof collection>, unknown>;
