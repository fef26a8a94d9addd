import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { EXPORT_SCHEMAS, exportJsonSchema } from '../../../../lib/data/schemas';
import { jsonResponse } from '../../../../lib/data/site-data';
import { SITE } from '../../../../lib/site';

/** /data/skema/eksport/<navn>.schema.json: the format of each export file. */
export const getStaticPaths = (() => EXPORT_SCHEMAS.map((entry) => ({ params: { navn: entry.name }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => jsonResponse(exportJsonSchema(props.entry, SITE.url));
