/** `/{lang}/briefings/solutions/<slug>.docx`: a one-pager as a Word document. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse, onePagerDocx } from '../../../../data/briefing-docx';
import { onePagerPaths } from '../../../../data/briefings';
import { generatedDate } from '../../../../data/open-data';
import { paths } from '../../../../lib/routes';

export const getStaticPaths = onePagerPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { lang, pager }, site, url }) =>
  briefingDocxResponse(
    onePagerDocx(lang, pager, new URL(paths.briefingSolution(lang, pager.solution.slug), site ?? url.origin).href, generatedDate()),
  );
