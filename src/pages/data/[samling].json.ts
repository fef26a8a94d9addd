import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORTS, exportFile, type ExportDefinition } from '../../lib/data/exports';
import { jsonResponse, siteData } from '../../lib/data/site-data';

/** /data/<samling>.json for every data set in the export registry. */
export const getStaticPaths = (() => EXPORTS.map((def) => ({ params: { samling: def.collection }, props: { def } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => jsonResponse(exportFile((props as { def: ExportDefinition }).def, await siteData()));
