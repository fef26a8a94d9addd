import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { areaCsv } from '../../../lib/data/area-export';
import { publishedOf } from '../../../lib/data/context';
import { csvResponse, siteData } from '../../../lib/data/site-data';

/** /data/sundhedsraad/<id>.csv: everything in one council's area, one row per entry. */
export const getStaticPaths = (async () => publishedOf(await siteData(), 'sundhedsraad').map((sundhedsraad) => ({ params: { id: sundhedsraad.id }, props: { sundhedsraad } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => csvResponse(areaCsv(await siteData(), props.sundhedsraad));
