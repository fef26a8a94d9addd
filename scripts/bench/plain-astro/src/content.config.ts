import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** Every MDX entry of the generated corpus, in one collection with no schema. */
export const collections = {
  poster: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: process.env['PLAIN_ASTRO_CONTENT'] ?? '../../../.bench/content-1000' }) }),
};
