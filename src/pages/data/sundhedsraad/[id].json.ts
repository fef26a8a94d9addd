import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { areaFile } from '../../../lib/data/area-export';
import { publishedOf } from '../../../lib/data/context';
import { jsonResponse, siteData } from '../../../lib/data/site-data';

/** /data/sundhedsraad/<id>.json: everything in one council's area. */
export const getStaticPaths = (async () => publishedOf(await siteData(), 'sundhedsraad').map((sundhedsraad) => ({ params: { id: sundhedsraad.id }, props: { sundhedsraad } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => jsonResponse(areaFile(await siteData(), props.sundhedsraad));
