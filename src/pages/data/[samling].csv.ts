import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/data/csv';
import { EXPORTS, recordsOf, type ExportDefinition } from '../../lib/data/exports';
import { csvResponse, siteData } from '../../lib/data/site-data';

/** /data/<samling>.csv: the same records as the JSON file, one row each, as Danish Excel opens it. */
export const getStaticPaths = (() => EXPORTS.map((def) => ({ params: { samling: def.collection }, props: { def } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { def } = props as { def: ExportDefinition };
  return csvResponse(toCsv(def.columns, recordsOf(def, await siteData())));
};
