/** `/{lang}/briefings/solutions/<slug>.docx`: a one-pager as a Word document, from the same model as its page. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDocxResponse } from '#src/data/briefing-docx.ts';
import { onePagerPaths } from '#src/data/briefings.ts';
import { generatedDate } from '#src/data/open-data.ts';
import { publicUrl } from '#src/data/public-url.ts';
import { fill } from '#src/i18n/ui.ts';
import { onePagerDocx } from '#src/lib/briefing-docx.ts';
import { paths } from '#src/lib/routes.ts';

export const getStaticPaths = onePagerPaths satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { model, strings }, locals: { lang, t } }) =>
  briefingDocxResponse(
    onePagerDocx(
      model,
      strings,
      fill(t('onePager.title'), { title: model.title }),
      generatedDate(),
      publicUrl(paths.briefingSolution(lang, model.slug)),
    ),
  );
