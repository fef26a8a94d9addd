import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { csvResponse, siteData } from '../../../../lib/data/site-data';
import { omraader, tilbudOmraadeCsv } from '../../../../lib/data/tilbud-omraade';

/** /data/tilbud/omraade/<council or kommune>.csv: the offers on that area's page, one row per offer (semicolon, BOM). */
export const getStaticPaths = (async () => omraader(await siteData()).map((omraade) => ({ params: { omraade: omraade.slug }, props: { omraade } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => csvResponse(tilbudOmraadeCsv(await siteData(), props.omraade));
