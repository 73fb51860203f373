/**
 * What it took, per solution and language (src/lib/what-it-took.ts): the entry's `whatItTook`
 * block with institutions named in the reader's language, the pilot-to-national duration and each
 * adopter's durations computed from its case study's dated stages (src/lib/durations.ts).
 */
import { useTranslations } from '#src/i18n/ui.ts';
import { compareNames } from '#src/lib/collate.ts';
import { adopterDurations, pilotToNational } from '#src/lib/durations.ts';
import { paths } from '#src/lib/routes.ts';
import type { WhatItTookModel } from '#src/lib/what-it-took.ts';
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
  if (!block && adopters.length === 0) return undefined;
  const name = (id: string) => institutions.get(id)?.name ?? id;
  return {
    legalBasis: (block?.legalBasis ?? []).map(({ id, text, date, source }) => ({ id, text, date, source })),
    // The lead institution is already among the solution's facts: "Run by" names the others.
    runBy: (block?.runBy ?? []).flatMap((runner) => {
      if (runner.institution.id === solution.data.leadInstitution?.id) return [];
      const institution = institutions.get(runner.institution.id);
      return institution ? [{ name: institution.name, url: institution.url, source: runner.source }] : [];
    }),
    prerequisites: (block?.prerequisites ?? []).map(({ id, text, source }) => ({ id, text, source })),
    costs: (block?.costs ?? []).map((cost) => ({
      id: cost.id,
      label: cost.label,
      value: cost.value,
      qualifier: cost.qualifier === 'exact' ? '' : t(`qualifier.${cost.qualifier}`),
      currency: cost.currency,
      paidBy: cost.paidBy.map((ref) => name(ref.id)),
      asOf: cost.asOf,
      source: cost.source,
    })),
    pilot: block?.pilot,
    national: block?.national,
    pilotToNational: block ? pilotToNational(block) : undefined,
    adopters,
  };
}
