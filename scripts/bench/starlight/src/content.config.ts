import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

/**
 * The corpus's entries name their title `titel`, `navn` or `term` (as the site's schemas do);
 * Starlight requires `title`, so it is copied from them before Starlight's own schema validates.
 * The rest of the frontmatter is left as it is; Starlight's schema drops the fields it does not know.
 */
const withTitle = (data: unknown) => {
  const fields = data as { title?: unknown; titel?: unknown; navn?: unknown; term?: unknown };
  return { ...fields, title: fields.title ?? fields.titel ?? fields.navn ?? fields.term };
};

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: (context) => z.preprocess(withTitle, docsSchema()(context)) }),
};
