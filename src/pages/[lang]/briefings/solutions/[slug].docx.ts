/** `/{lang}/briefings/solutions/<slug>.docx`: a one-pager as a Word document. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse, onePagerDocx } from '#src/data/briefing-docx.ts';
import { onePagerPaths } from '#src/data/briefings.ts';
import { generatedDate } from '#src/data/open-data.ts';
import { paths } from '#src/lib/routes.ts';

export const getStaticPaths = onePagerPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { pager }, locals: { lang }, site, url }) =>
  briefingDocxResponse(
    onePagerDocx(lang, pager, new URL(paths.briefingSolution(lang, pager.solution.slug), site ?? url.origin).href, generatedDate()),
  );
