/** `/{lang}/briefings/<country>.docx`: a country briefing as a Word document, from the same model as its page. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse } from '#src/data/briefing-docx.ts';
import { countryBriefingPaths } from '#src/data/briefings.ts';
import { briefingDocx } from '#src/lib/briefing-docx.ts';

export const getStaticPaths = countryBriefingPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { doc, strings } }) => briefingDocxResponse(briefingDocx(doc, strings));
