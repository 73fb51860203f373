/** `/{lang}/briefings/<country>.json`: what a country's briefing adds to its case studies and solutions (src/lib/briefing-model.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { countryBriefingPaths } from '#src/data/briefings.ts';

export const getStaticPaths = countryBriefingPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { country } }) => Response.json(country);
