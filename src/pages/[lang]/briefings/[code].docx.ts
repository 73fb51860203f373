/** `/{lang}/briefings/<country>.docx`: a country briefing as a Word document. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse, countryDocx } from '#src/data/briefing-docx.ts';
import { countryBriefings } from '#src/data/briefings.ts';
import { generatedDate } from '#src/data/open-data.ts';
import { LOCALES } from '#src/config/locales.ts';
import { paths } from '#src/lib/routes.ts';

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
