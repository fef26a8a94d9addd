import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-files.ts';
import { begrebSchema } from './schemas/begreb.ts';
import { eksempelSchema } from './schemas/eksempel.ts';
import { enhedSchema } from './schemas/enhed.ts';
import { COLLECTION_DEFINITIONS, type CollectionName } from './schemas/index.ts';
import { KildeSchema } from './schemas/kilde.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { pejlemaerkeSchema } from './schemas/pejlemaerke.ts';
import { rammeSchema } from './schemas/ramme.ts';
import type { RefFactory } from './schemas/shared/reference.ts';
import { strategiSchema } from './schemas/strategi.ts';
import { sundhedsraadSchema } from './schemas/sundhedsraad.ts';
import { tilbudSchema } from './schemas/tilbud.ts';
import { vejledningSchema } from './schemas/vejledning.ts';

const ref = reference as unknown as RefFactory;

/** The content folder; the benchmark and tests build other corpora by setting VIDENSBASEN_CONTENT. */
const CONTENT_ROOT = contentRoot();

/** Files of one collection: `content/<name>/*.mdx` or `*.yaml`, as the registry says. */
const files = (name: CollectionName) =>
  glob({ pattern: `*.${COLLECTION_DEFINITIONS[name].format}`, base: `${CONTENT_ROOT}/${name}` });

export const collections = {
  strategi: defineCollection({ loader: files('strategi'), schema: strategiSchema(ref) }),
  pejlemaerker: defineCollection({ loader: files('pejlemaerker'), schema: pejlemaerkeSchema(ref) }),
  rammer: defineCollection({ loader: files('rammer'), schema: rammeSchema(ref) }),
  vejledninger: defineCollection({ loader: files('vejledninger'), schema: vejledningSchema(ref) }),
  eksempler: defineCollection({ loader: files('eksempler'), schema: eksempelSchema(ref) }),
  organisationer: defineCollection({ loader: files('organisationer'), schema: organisationSchema(ref) }),
  tilbud: defineCollection({ loader: files('tilbud'), schema: tilbudSchema(ref) }),
  sundhedsraad: defineCollection({ loader: files('sundhedsraad'), schema: sundhedsraadSchema(ref) }),
  enheder: defineCollection({ loader: files('enheder'), schema: enhedSchema(ref) }),
  ordliste: defineCollection({ loader: files('ordliste'), schema: begrebSchema(ref) }),
  kilder: defineCollection({ loader: files('kilder'), schema: KildeSchema }),
};
