import type { CollectionName } from '../../src/schemas/index.ts';

/** One generated entry of the synthetic corpus, ready to be written as MDX or YAML. */
export interface SyntheticEntry {
  collection: CollectionName;
  id: string;
  title: string;
  data: Record<string, unknown>;
  body?: string;
}
