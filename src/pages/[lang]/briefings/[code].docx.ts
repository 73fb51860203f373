/** `/{lang}/briefings/<country>.docx`: a country briefing as a Word document. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse, countryDocx } from '../../../data/briefing-docx';
import { countryBriefings } from '../../../data/briefings';
import { generatedDate } from '../../../data/open-data';
import { LOCALES } from '../../../config/locales';
import { paths } from '../../../lib/routes';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LOCALES.map(async (lang) =>
        (await countryBriefings(lang)).map((briefing) => ({ params: { lang, code: briefing.country.code }, props: { lang, briefing } })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { lang, briefing }, site, url }) =>
  briefingDocxResponse(
    countryDocx(lang, briefing, new URL(paths.briefing(lang, briefing.country.code), site ?? url.origin).href, generatedDate()),
  );
