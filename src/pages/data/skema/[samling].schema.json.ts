import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../../schemas/index';
import { publishedFrontmatterSchema } from '../../../lib/data/schemas';
import { jsonResponse } from '../../../lib/data/site-data';
import { SITE } from '../../../lib/site';

/** /data/skema/<samling>.schema.json: what editors may write in each collection, for their editors. */
export const getStaticPaths = (() => COLLECTIONS.keys.map((samling) => ({ params: { samling } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(publishedFrontmatterSchema(params.samling as CollectionName, SITE.url));
