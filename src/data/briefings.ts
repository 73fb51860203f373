/**
 * The briefing models of a catalogue (src/lib/briefing-model.ts): one per solution, case study
 * and country, made once per language. The pages print them, the build writes them as JSON for
 * the briefing builder, and the Word files are made from them.
 */
import { SECTION_HEADINGS, sectionLead } from '#src/body/body-sections.ts';
import { storyBlocks } from '#src/body/body-story.ts';
import { contactAddress } from '#src/config/site-settings.ts';
import { LOCALES, inLocale, localeConfig, type Locale } from '#src/config/locales.ts';
import { BLOC_LABELS, SECTOR_LABELS, labelOf } from '#src/i18n/labels.ts';
import type { UiKey } from '#src/i18n/en.ts';
import { fill, useTranslations } from '#src/i18n/ui.ts';
import {
  combineBriefing,
  disagreementModel,
  figureModel,
  MODEL_VERSION,
  stageModel,
  type BriefingDoc,
  type CaseStudyModel,
  type CountryModel,
  type DisagreementModel,
  type SolutionModel,
} from '#src/lib/briefing-model.ts';
import { briefingStrings, type BriefingStrings } from '#src/lib/briefing-render.ts';
import { elideList } from '#src/lib/elide.ts';
import { listOf } from '#src/lib/format.ts';
import { paths } from '#src/lib/routes.ts';
import { suggestNext, type Reason } from '#src/lib/suggest.ts';
import type { Disagreement } from '#src/schemas/claims.ts';
import { siteConfig } from '#src/site.config.ts';
import type { CaseStudyView } from './case-studies.ts';
import { getCatalogue, perLocale, type Catalogue } from './catalogue.ts';
import { caseStudyPrintLink } from './print-links.ts';
import type { CountryView } from './countries.ts';
import { generatedDate } from './open-data.ts';
import { publicUrl } from './public-url.ts';
import type { SolutionView } from './solutions.ts';
import { whatItTookModel } from './what-it-took.ts';

const disagreementModels = (items: readonly Disagreement[]): DisagreementModel[] => items.map(disagreementModel);

export function solutionModel(solution: SolutionView, catalogue: Catalogue): SolutionModel {
  const { lang, institutions } = catalogue;
  const t = useTranslations(lang);
  const { data } = solution;
  const lead = data.leadInstitution ? institutions.get(data.leadInstitution.id) : undefined;
  const html = solution.bodyEntry.rendered?.html ?? '';
  return {
    kind: 'solution',
    version: MODEL_VERSION,
    lang,
    textLocale: solution.textLocale,
    slug: solution.slug,
    title: data.title,
    summary: data.summary,
    url: paths.solution(lang, solution.slug),
    kinyarwanda: data.kinyarwanda && solution.meaning ? { name: data.kinyarwanda.name, meaning: solution.meaning } : undefined,
    sectors: data.sectors.map((id) => ({ id, label: inLocale(SECTOR_LABELS[id], lang) })),
    status: { id: data.status, label: t(`status.${data.status}`) },
    lead: lead ? { name: lead.name, url: lead.url } : undefined,
    start: data.start,
    end: data.end,
    sdgs: data.sdgs,
    problem: sectionLead(html, SECTION_HEADINGS.problem),
    how: sectionLead(html, SECTION_HEADINGS.how),
    figures: data.figures.map((figure) =>
      figureModel(figure, disagreementModels(data.disagreements.filter((d) => d.figure === figure.id)), (qualifier) =>
        t(`qualifier.${qualifier}` as UiKey),
      ),
    ),
    whatItTook: whatItTookModel(solution, catalogue),
    sources: data.sources,
  };
}

export function caseStudyModel(caseStudy: CaseStudyView, catalogue: Catalogue): CaseStudyModel {
  const { lang, institutions, solutionTitles } = catalogue;
  const t = useTranslations(lang);
  const { data } = caseStudy;
  return {
    kind: 'case-study',
    version: MODEL_VERSION,
    lang,
    textLocale: caseStudy.textLocale,
    slug: caseStudy.slug,
    title: data.title,
    summary: data.summary,
    url: paths.caseStudy(lang, caseStudy.slug),
    printUrl: caseStudyPrintLink(lang, caseStudy).href,
    country: { code: data.country.id, name: caseStudy.countryName },
    solutions: data.solutions.map((ref) => ({ slug: ref.id, title: solutionTitles.get(ref.id) ?? ref.id })),
    counterpart: data.counterpart ? institutions.get(data.counterpart.id)?.name : undefined,
    partners: data.partners.flatMap((ref) => institutions.get(ref.id)?.name ?? []),
    furthest: caseStudy.furthest ? { id: caseStudy.furthest, label: t(`stage.${caseStudy.furthest}`) } : undefined,
    stages: data.stages.map((stage) => stageModel(stage, t(`stage.${stage.stage}`))),
    timeline: data.timeline.map(({ id, date, text, source }) => ({ id, date, text, source })),
    adaptation: data.adaptation,
    story: storyBlocks(caseStudy.bodyEntry.rendered?.html ?? ''),
    outcomes: data.outcomes.map(({ id, text, source }) => ({ id, text, source })),
    disagreements: disagreementModels(data.disagreements),
    sources: data.sources,
  };
}

/**
 * Why a solution is suggested, in sentences: one for all the regional blocs whose members studied
 * or adopted it ("Comoros, Malawi (SADC); Namibia (SACU)"), one per sector it shares.
 */
function reasonSentences(reasons: readonly Reason[], catalogue: Catalogue): string[] {
  const { lang } = catalogue;
  const t = useTranslations(lang);
  const titles = (slugs: readonly string[]) => slugs.map((slug) => catalogue.solutionTitles.get(slug) ?? slug);
  const blocs = reasons.filter((r) => r.kind === 'bloc');
  const sentences: string[] = [];
  const [only] = blocs;
  if (blocs.length === 1 && only)
    sentences.push(fill(t('briefing.reasonBloc'), { bloc: labelOf(BLOC_LABELS, only.bloc, lang), countries: only.countries.join(', ') }));
  else if (blocs.length > 1)
    sentences.push(
      fill(t('briefing.reasonBlocs'), {
        blocs: blocs
          .map((r) => `${r.countries.join(', ')} (${labelOf(BLOC_LABELS, r.bloc, lang)})`)
          .join(`${localeConfig(lang).typography.spaceBeforePunctuation}; `),
      }),
    );
  for (const r of reasons)
    if (r.kind === 'sector')
      sentences.push(
        fill(t('briefing.reasonSector'), {
          sector: labelOf(SECTOR_LABELS, r.sector, lang),
          like: listOf(titles(r.like), lang),
          thanLike: elideList('que', titles(r.like), lang),
        }),
      );
  return sentences;
}

export function countryModel(country: CountryView, catalogue: Catalogue): CountryModel {
  const { countries, glossary, lang, solutionOrder } = catalogue;
  // From the catalogue's indexes: a country's model reads no whole collection but the countries and terms.
  const solutionsOf = (code: string) => catalogue.solutionsByCountry.get(code) ?? [];
  const own = catalogue.caseStudiesByCountry.get(country.code) ?? [];
  const involved = solutionsOf(country.code);
  const involvedSet = new Set(involved);
  const others = countries
    .filter((c) => c.code !== country.code)
    .map((c) => ({ name: c.name, blocs: c.entry.data.blocs, solutions: solutionsOf(c.code) }));
  const suggestions = suggestNext({ own: involved, blocs: country.entry.data.blocs, others, sectors: catalogue.sectorsBySolution });
  return {
    kind: 'country',
    version: MODEL_VERSION,
    lang,
    code: country.code,
    name: country.name,
    officialName: country.officialName,
    caseStudies: own.map((s) => s.slug),
    // In the catalogue's order of solutions (by title), as the builder lists them.
    solutions: involved
      .flatMap((slug) => {
        const order = solutionOrder.get(slug);
        return order === undefined ? [] : [{ slug, order }];
      })
      .sort((a, b) => a.order - b.order)
      .map(({ slug }) => slug),
    suggestions: suggestions.map((s) => ({
      slug: s.solution,
      title: catalogue.solutionTitles.get(s.solution) ?? s.solution,
      url: paths.solution(lang, s.solution),
      reasons: reasonSentences(s.reasons, catalogue),
    })),
    terms: glossary
      .filter((term) => term.solutions.some((ref) => involvedSet.has(ref.id)))
      .map((term) => ({
        term: term.term,
        literal: term.literal ? inLocale(term.literal, lang) : undefined,
        explanation: inLocale(term.explanation, lang),
      })),
  };
}

export interface BriefingModels {
  solutions: ReadonlyMap<string, SolutionModel>;
  caseStudies: ReadonlyMap<string, CaseStudyModel>;
  countries: ReadonlyMap<string, CountryModel>;
  strings: BriefingStrings;
}

const cache = new WeakMap<Catalogue, BriefingModels>();

/** Every briefing model of a catalogue, made once. */
export function briefingModels(catalogue: Catalogue): BriefingModels {
  let models = cache.get(catalogue);
  if (!models) {
    models = {
      solutions: new Map(catalogue.solutions.map((s) => [s.slug, solutionModel(s, catalogue)])),
      caseStudies: new Map(catalogue.caseStudies.map((s) => [s.slug, caseStudyModel(s, catalogue)])),
      countries: new Map(catalogue.countries.map((c) => [c.code, countryModel(c, catalogue)])),
      strings: siteBriefingStrings(catalogue),
    };
    cache.set(catalogue, models);
  }
  return models;
}

/** The briefing strings of a catalogue's language, with the site's contact for study visits. */
export function siteBriefingStrings(catalogue: Pick<Catalogue, 'lang'>): BriefingStrings {
  const { contact } = siteConfig;
  return briefingStrings(catalogue.lang, useTranslations(catalogue.lang), {
    name: contact.name,
    href: contact.href,
    address: contactAddress(contact),
  });
}

/** A country's briefing: its case studies and the solutions they name, as the builder combines them for the same choice. */
export function countryBriefing(catalogue: Catalogue, code: string): BriefingDoc | undefined {
  const models = briefingModels(catalogue);
  const country = models.countries.get(code);
  if (!country) return undefined;
  return combineBriefing({
    lang: catalogue.lang,
    country,
    caseStudies: country.caseStudies.flatMap((slug) => models.caseStudies.get(slug) ?? []),
    solutions: country.solutions.flatMap((slug) => models.solutions.get(slug) ?? []),
    date: generatedDate(),
    url: publicUrl(paths.briefing(catalogue.lang, code)),
  });
}

/**
 * For a printed view in `lang`, the languages it does not exist in (its entry is not translated
 * into them), each with the page a language switch opens there instead: the entry's own page.
 */
async function missingIn(
  lang: Locale,
  textLocaleIn: (models: BriefingModels) => Locale | undefined,
  entryPage: (lang: Locale) => string,
): Promise<Partial<Record<Locale, string>>> {
  const missing: Partial<Record<Locale, string>> = {};
  for (const other of LOCALES) {
    if (other !== lang && textLocaleIn(briefingModels(await getCatalogue(other))) !== other) missing[other] = entryPage(other);
  }
  return missing;
}

/** Static paths of the solutions' briefing models (each solution in each language), which the briefing builder combines. */
export function solutionModelPaths() {
  return perLocale((catalogue) => {
    const { solutions } = briefingModels(catalogue);
    return [...solutions.values()].map((model) => ({ params: { lang: catalogue.lang, slug: model.slug }, props: { model } }));
  });
}

/**
 * Static paths of one kind of printed view (`models` picks the kind): each entry in each language
 * it is written in (the view of an untranslated entry would repeat the English one word for word),
 * with where it lives in the languages it is not written in.
 */
function writtenInPaths<M extends { slug: string; textLocale: Locale }>(
  models: (all: BriefingModels) => ReadonlyMap<string, M>,
  pageIn: (lang: Locale, slug: string) => string,
) {
  return perLocale(async (catalogue) => {
    const { lang } = catalogue;
    const all = briefingModels(catalogue);
    const written = [...models(all).values()].filter((model) => model.textLocale === lang);
    return Promise.all(
      written.map(async (model) => ({
        params: { lang, slug: model.slug },
        props: {
          model,
          strings: all.strings,
          elsewhere: await missingIn(
            lang,
            (other) => models(other).get(model.slug)?.textLocale,
            (other) => pageIn(other, model.slug),
          ),
        },
      })),
    );
  });
}

/** Static paths of the one-pagers, page and Word file: each solution in each language it is written in. */
export function onePagerPaths() {
  return writtenInPaths((all) => all.solutions, paths.solution);
}

/** Static paths of the case studies' briefing models (each case study in each language). */
export function caseStudyModelPaths() {
  return perLocale((catalogue) => {
    const { caseStudies } = briefingModels(catalogue);
    return [...caseStudies.values()].map((model) => ({ params: { lang: catalogue.lang, slug: model.slug }, props: { model } }));
  });
}

/** Static paths of the case studies' print pages: each case study in each language it is written in. */
export function caseStudyPrintPaths() {
  return writtenInPaths((all) => all.caseStudies, paths.caseStudy);
}

/** Static paths of the country briefings (every country in every language): page, JSON model, Word file. */
export function countryBriefingPaths() {
  return perLocale((catalogue) => {
    const { countries, strings } = briefingModels(catalogue);
    return [...countries.values()].flatMap((country) => {
      const doc = countryBriefing(catalogue, country.code);
      return doc ? [{ params: { lang: catalogue.lang, code: country.code }, props: { country, doc, strings } }] : [];
    });
  });
}
