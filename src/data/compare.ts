/** What a comparison of solutions adds to their briefing models: who took up each (src/lib/compare.ts). */
import { useTranslations } from '#src/i18n/ui.ts';
import { MODEL_VERSION } from '#src/lib/briefing-model.ts';
import { sortByName } from '#src/lib/collate.ts';
import type { AdopterModel, AdoptersModel } from '#src/lib/compare.ts';
import { paths } from '#src/lib/routes.ts';
import type { Catalogue } from './catalogue.ts';

/** For each solution some country studied or took up: those countries by name, each with its furthest stage and its case study. */
export function adoptersModel(catalogue: Catalogue): AdoptersModel {
  const { lang } = catalogue;
  const t = useTranslations(lang);
  const solutions = Object.fromEntries(
    [...catalogue.adopters].map(([slug, takes]) => {
      const list = takes.flatMap((take): AdopterModel[] => {
        const [study] = take.caseStudies;
        const country = catalogue.countriesByCode.get(take.country);
        if (!study || !country) return [];
        return [
          {
            code: take.country,
            name: country.name,
            stage: take.stage ? { id: take.stage, label: t(`stage.${take.stage}`) } : undefined,
            url: paths.caseStudy(lang, study),
          },
        ];
      });
      return [slug, sortByName(list, (a) => a.name, lang)];
    }),
  );
  return { kind: 'adopters', version: MODEL_VERSION, lang, solutions };
}
