import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { EXPORTS, exportFile } from '../../lib/data/exports';
import { jsonResponse, siteData } from '../../lib/data/site-data';

/** /data/<samling>.json for every data set in the export registry. */
export const getStaticPaths = (() => EXPORTS.map((def) => ({ params: { samling: def.collection }, props: { def } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => jsonResponse(exportFile(props.def, await siteData()));
