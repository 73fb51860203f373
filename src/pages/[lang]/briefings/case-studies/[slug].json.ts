/** `/{lang}/briefings/case-studies/<slug>.json`: a case study's briefing model (src/lib/briefing-model.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { caseStudyModelPaths } from '#src/data/briefings.ts';

export const getStaticPaths = caseStudyModelPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { model } }) => Response.json(model);
