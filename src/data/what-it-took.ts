/**
 * What it took, per solution and language (src/lib/what-it-took.ts): the entry's `whatItTook`
 * block with institutions named in the reader's language, the pilot-to-national duration and each
 * adopter's durations computed from its case study's dated stages (src/lib/durations.ts).
 */
import { useTranslations } from '#src/i18n/ui.ts';
import { compareNames } from '#src/lib/collate.ts';
import { adopterDurations } from '#src/lib/durations.ts';
import { paths } from '#src/lib/routes.ts';
import { tookModel, type WhatItTookModel } from '#src/lib/what-it-took.ts';
import type { UiKey } from '#src/i18n/en.ts';
import type { Catalogue } from './catalogue.ts';
import type { SolutionView } from './solutions.ts';

/** The model of what it took, or undefined when the entry has no block and no adopter has a computable span. */
export function whatItTookModel(solution: SolutionView, catalogue: Catalogue): WhatItTookModel | undefined {
  const { lang, institutions } = catalogue;
  const t = useTranslations(lang);
  const block = solution.data.whatItTook;
  const adopters = (catalogue.caseStudiesBySolution.get(solution.slug) ?? [])
    .map((study) => ({ country: study.countryName, url: paths.caseStudy(lang, study.slug), ...adopterDurations(study.data.stages) }))
    .filter((adopter) => adopter.visitToAgreement !== undefined || adopter.agreementToUse !== undefined)
    .sort((a, b) => compareNames(a.country, b.country, lang));
  return tookModel(
    block && {
      ...block,
      runBy: block.runBy.map((runner) => ({ institution: runner.institution.id, source: runner.source })),
      costs: block.costs.map((cost) => ({ ...cost, paidBy: cost.paidBy.map((ref) => ref.id) })),
    },
    { lead: solution.data.leadInstitution?.id, institution: (id) => institutions.get(id), qualifier: (q) => t(`qualifier.${q}` as UiKey) },
    adopters,
  );
}
