import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { toCsv } from '../../lib/data/csv';
import { EXPORTS, recordsOf } from '../../lib/data/exports';
import { csvResponse, siteData } from '../../lib/data/site-data';

/** /data/<samling>.csv: the same records as the JSON file, one row each, as Danish Excel opens it. */
export const getStaticPaths = (() => EXPORTS.map((def) => ({ params: { samling: def.collection }, props: { def } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { def } = props;
  return csvResponse(toCsv(def.columns, recordsOf(def, await siteData())));
};
