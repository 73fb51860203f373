/** `/{lang}/briefings/solutions/<slug>.json`: a solution's briefing model (src/lib/briefing-model.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { solutionModelPaths } from '#src/data/briefings.ts';

export const getStaticPaths = solutionModelPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { model } }) => Response.json(model);
