/** `/{lang}/briefings/solutions/<slug>.docx`: a one-pager as a Word document. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse, onePagerDocx } from '../../../../data/briefing-docx';
import { onePagers } from '../../../../data/briefings';
import { generatedDate } from '../../../../data/open-data';
import { LOCALES } from '../../../../config/locales';
import { paths } from '../../../../lib/routes';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LOCALES.map(async (lang) =>
        (await onePagers(lang)).map((pager) => ({ params: { lang, slug: pager.solution.slug }, props: { lang, pager } })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { lang, pager }, site, url }) =>
  briefingDocxResponse(
    onePagerDocx(lang, pager, new URL(paths.briefingSolution(lang, pager.solution.slug), site ?? url.origin).href, generatedDate()),
  );
