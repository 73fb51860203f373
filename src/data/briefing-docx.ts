/** Country briefings and one-pagers as Word documents: the same data as their pages. */
import { SECTOR_LABELS } from '#src/i18n/labels.ts';
import { inLocale, type Locale } from '#src/config/locales.ts';
import { fill, useTranslations } from '#src/i18n/ui.ts';
import { generatedDate } from './open-data.ts';
import { briefingDocxBuffer, DOCX_TYPE, type DocxBriefing, type DocxPart } from '#src/lib/briefing-docx.ts';
import { formatDate, formatFigureValue, quote } from '#src/lib/format.ts';
import type { Source } from '#src/schemas/source.ts';
import { siteConfig } from '#src/site.config.ts';
import type { CountryBriefing, OnePager } from './briefings.ts';

const sourceText = (source: Source, lang: Locale) =>
  `${source.publisher}, ${quote(source.title, lang)}${source.published ? ` (${formatDate(source.published, lang)})` : ''}.`;

function pagerPart(lang: Locale, pager: OnePager, numberOf: (sourceId: string) => number | undefined): DocxPart {
  const t = useTranslations(lang);
  const { solution, lead, problem, how } = pager;
  const { start, status, sectors } = solution.data;
  const cite = (id: string) => (numberOf(id) ? ` [${numberOf(id)}]` : '');
  const qualifier = (q: string) => (q === 'exact' ? '' : `${t(`qualifier.${q}` as 'qualifier.about')} `);
  const facts: [string, string][] = [
    [t('solution.sectors'), sectors.map((s) => inLocale(SECTOR_LABELS[s], lang)).join(', ')],
    [t('solution.status'), t(`status.${status}`)],
  ];
  if (lead) facts.push([t('solution.lead'), `${lead.name} (${lead.url})`]);
  if (start) facts.push([t('solution.start'), `${formatDate(start.date, lang)}${cite(start.source)}`]);
  return {
    title: solution.data.title,
    paragraphs: [
      { text: solution.data.summary },
      ...(problem ? [{ heading: t('onePager.problem'), text: problem }] : []),
      ...(how ? [{ heading: t('onePager.how'), text: how }] : []),
    ],
    facts,
    figuresHeading: t('solution.figures'),
    figures: pager.figures.map((figure) => ({
      label: figure.label,
      values: figure.values.map(
        (point) =>
          `${qualifier(point.qualifier)}${formatFigureValue(point.value, figure.unit, lang)} (${t('figure.asOf')} ${formatDate(point.asOf, lang)})${cite(point.source)}`,
      ),
    })),
  };
}

const generatedLine = (lang: Locale, url: string, date: string) =>
  `${fill(useTranslations(lang)('briefing.generated'), { date: formatDate(date, lang) })} ${url}`;

export function onePagerDocx(lang: Locale, pager: OnePager, url: string, date: string): DocxBriefing {
  const t = useTranslations(lang);
  const { sources } = pager.solution.data;
  const numbers = new Map(sources.map((s, i) => [s.id, i + 1]));
  return {
    lang,
    title: fill(t('onePager.title'), { title: pager.solution.data.title }),
    intro: [
      generatedLine(lang, url, date),
      `${t('visit.line')} ${siteConfig.contact.name} (${siteConfig.contact.href.replace(/^mailto:/, '')})`,
    ],
    parts: [pagerPart(lang, pager, (id) => numbers.get(id))],
    sourcesHeading: t('sources.title'),
    sources: sources.map((s) => ({ text: sourceText(s, lang), url: s.url })),
  };
}

export function countryDocx(lang: Locale, briefing: CountryBriefing, url: string, date: string): DocxBriefing {
  const t = useTranslations(lang);
  const { country, rows, pagers, sources } = briefing;
  const byUrl = new Map(sources.map((s, i) => [s.url, i + 1]));
  const lifecycle: DocxPart = {
    title: fill(t('briefing.lifecycle'), { country: country.name }),
    paragraphs: [],
    facts: [],
    figures: [],
    table: [
      [t('briefing.solution'), t('briefing.stage'), t('briefing.date'), t('briefing.source')],
      ...rows.map((row) => [
        row.solutions.join(', '),
        `${t(`stage.${row.stage.stage}`)}${row.stage.localName ? ` (${row.stage.localName})` : ''}`,
        formatDate(row.stage.date, lang),
        row.source ? `${row.source.publisher} [${byUrl.get(row.source.url) ?? ''}]` : '',
      ]),
    ],
  };
  return {
    lang,
    title: fill(t('briefing.title'), { country: country.name }),
    intro: [
      // The formal name where it differs ("Republic of The Gambia"), as on the printed cover.
      ...(country.officialName === country.name ? [] : [country.officialName]),
      fill(t('briefing.purpose'), { country: country.name }),
      generatedLine(lang, url, date),
    ],
    contentsHeading: t('builder.contents'),
    contents: [lifecycle.title, ...pagers.map((p) => p.solution.data.title)],
    parts: [
      lifecycle,
      ...pagers.map((pager) =>
        pagerPart(lang, pager, (id) => {
          const source = pager.solution.data.sources.find((s) => s.id === id);
          return source ? byUrl.get(source.url) : undefined;
        }),
      ),
    ],
    sourcesHeading: t('briefing.appendix'),
    sources: sources.map((s) => ({ text: sourceText(s, lang), url: s.url })),
  };
}

/** The response of a `.docx` endpoint. */
export async function briefingDocxResponse(model: DocxBriefing): Promise<Response> {
  const date = new Date(`${generatedDate()}T00:00:00Z`);
  return new Response(await briefingDocxBuffer(model, date), { headers: { 'Content-Type': DOCX_TYPE } });
}
