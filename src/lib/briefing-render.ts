/**
 * The printed briefing, built from the models (src/lib/briefing-model.ts) as a tree
 * (src/lib/briefing-tree.ts). The one rendering of one-pagers, case studies and combined
 * briefings: the build writes its trees into pages, the briefing builder builds the same trees
 * in the browser from the same models.
 */
import type { Locale } from '#src/config/locales.ts';
import type { UiKey } from '#src/i18n/en.ts';
import { fill } from '#src/i18n/fill.ts';
import type { Source } from '#src/schemas/source.ts';
import { mailto } from './briefing-state.ts';
import { el, type Child, type Tree, type TreeElement } from './briefing-tree.ts';
import {
  citationNumbers,
  lifecycleRows,
  localNames,
  nextSuggestions,
  pagerFigures,
  type BriefingDoc,
  type CaseStudyModel,
  type DisagreementModel,
  type SolutionModel,
  type StoryBlock,
} from './briefing-model.ts';
import { formatAsOf, formatDate, formatFigureValue, listSeparator, quote, withColon } from './format.ts';
import { TOOK_KEYS, whatItTookRows } from './what-it-took.ts';

/** The interface strings a briefing prints (the keys of src/i18n/), and the visit contact. */
const KEYS = {
  problem: 'onePager.problem',
  how: 'onePager.how',
  cite: 'onePager.cite',
  figures: 'solution.figures',
  sources: 'sources.title',
  pageOf: 'print.pageOf',
  sectors: 'solution.sectors',
  status: 'solution.status',
  lead: 'solution.lead',
  start: 'solution.start',
  end: 'solution.end',
  sdgs: 'solution.sdgs',
  sdg: 'solution.sdg',
  meaning: 'solution.meaning',
  sourcesDiffer: 'disagreement.heading',
  visitLine: 'visit.line',
  mailSubject: 'mail.subject',
  external: 'external.suffix',
  lifecycle: 'briefing.lifecycle',
  solution: 'briefing.solution',
  stage: 'briefing.stage',
  date: 'briefing.date',
  source: 'briefing.source',
  lastReported: 'stage.lastReported',
  title: 'briefing.title',
  titleNone: 'briefings.title',
  purpose: 'briefing.purpose',
  purposeNone: 'builder.purposeNone',
  contents: 'builder.contents',
  generated: 'briefing.generated',
  appendix: 'briefing.appendix',
  next: 'briefing.next',
  nextNone: 'briefing.nextNone',
  terms: 'briefing.terms',
  onePagers: 'briefing.onePagers',
  stages: 'caseStudy.lifecycle',
  adaptation: 'caseStudy.adaptation',
  outcomes: 'caseStudy.outcomes',
  localName: 'caseStudy.localName',
  country: 'caseStudy.country',
  caseSolutions: 'caseStudy.solutions',
  furthest: 'caseStudy.furthest',
  counterpart: 'caseStudy.counterpart',
  partners: 'caseStudy.partners',
  ...TOOK_KEYS,
} as const satisfies Record<string, UiKey>;

export type BriefingStrings = Record<keyof typeof KEYS, string> & {
  lang: Locale;
  contact: { name: string; href: string; address?: string | undefined };
};

/** The strings of a briefing in one language, from its translator and the site's contact. */
export function briefingStrings(
  lang: Locale,
  t: (key: UiKey) => string,
  contact: { name: string; href: string; address?: string | undefined },
): BriefingStrings {
  const strings = Object.fromEntries(Object.entries(KEYS).map(([name, key]) => [name, t(key)])) as Record<keyof typeof KEYS, string>;
  return { ...strings, lang, contact };
}

/** Heading levels: a part's title, its sections, their sub-sections. */
type Level = 1 | 2 | 3 | 4 | 5;
const heading = (level: Level) => `h${Math.min(level, 6)}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** How a part cites: `number` gives a source's number; `href` its anchor. */
export interface Citer {
  number: (id: string) => number | undefined;
  href: (n: number, id: string) => string;
}

function citation(cite: Citer, strings: BriefingStrings, id: string): TreeElement | undefined {
  const n = cite.number(id);
  if (n === undefined) return undefined;
  return el(
    'a',
    { href: cite.href(n, id), class: 'text-sm', 'data-cite': id },
    el('span', { class: 'sr-only' }, `${strings.cite} `),
    `[${n}]`,
  );
}

/** Citations of several sources, a space before each, each number once. */
export function citations(cite: Citer, strings: BriefingStrings, ids: readonly string[]): Tree[] {
  const seen = new Set<number>();
  return ids.flatMap((id) => {
    const n = cite.number(id);
    if (n === undefined || seen.has(n)) return [];
    seen.add(n);
    const link = citation(cite, strings, id);
    return link ? [' ', link] : [];
  });
}

/** A source as a briefing lists it: publisher, "title" (date). address */
export function sourceText(source: Source, lang: Locale): string {
  return `${source.publisher}, ${quote(source.title, lang)}${source.published ? ` (${formatDate(source.published, lang)})` : ''}.`;
}

function sourceItem(source: Source, lang: Locale, id: string): TreeElement {
  // The title keeps its own language (an English title in a French briefing), as SourceList marks it.
  const text = sourceText(source, lang).slice(0, -1);
  const at = text.indexOf(source.title, source.publisher.length);
  const [before, after] = [text.slice(0, at), text.slice(at + source.title.length)];
  const titleLang = source.language === 'other' || source.language === lang ? undefined : source.language;
  return el(
    'li',
    { id, 'data-source-url': source.url },
    ...(at < 0 ? [text] : [before, el('span', { lang: titleLang }, source.title), after]),
    '. ',
    el('a', { href: source.url, rel: 'noreferrer', class: 'break-all', 'data-url-shown': true }, source.url),
  );
}

/** A numbered list of sources, compact for print; `anchor` gives each item's id. */
export function renderSources(
  sources: readonly Source[],
  strings: BriefingStrings,
  options: { level: Level; id: string; heading: string; anchor: (source: Source, n: number) => string; className?: string },
): TreeElement {
  return el(
    'section',
    { class: options.className ?? 'pager-sources mt-3', 'aria-labelledby': `${options.id}-heading` },
    el(heading(options.level), { class: 'font-bold', id: `${options.id}-heading` }, options.heading),
    el(
      'ol',
      { class: 'compact-sources mt-1 list-decimal pl-6 text-sm' },
      sources.map((s, i) => sourceItem(s, strings.lang, options.anchor(s, i + 1))),
    ),
  );
}

/** "Sources differ" items: `dd`s within a key figure's card, `div`s elsewhere. */
function disagreementItems(
  items: readonly DisagreementModel[],
  cite: Citer,
  strings: BriefingStrings,
  tag: 'dd' | 'div' = 'dd',
): TreeElement[] {
  return items.map((item) =>
    el(
      tag,
      { class: 'mt-1 text-sm', 'data-sources-differ': item.id },
      el('span', { class: 'font-semibold' }, withColon(strings.sourcesDiffer, strings.lang)),
      ' ',
      item.text,
      el(
        'ul',
        { class: 'list-disc pl-5' },
        item.sides.map((side) => el('li', {}, side.text, citations(cite, strings, side.sources))),
      ),
    ),
  );
}

/** The visit line of a one-pager: who arranges study visits, with a prefilled e-mail where the contact is an address. */
function visitLine(strings: BriefingStrings, titles: readonly string[]): TreeElement {
  const { contact } = strings;
  const href = contact.address ? mailto(contact.address, fill(strings.mailSubject, { solutions: titles.join(', ') }), '') : contact.href;
  return el(
    'p',
    { class: 'visit-line mt-3' },
    el('span', { class: 'font-semibold' }, strings.visitLine),
    ' ',
    el('a', { href, 'data-url-shown': true }, contact.name),
    contact.address ? '' : ` (${contact.href})`,
  );
}

export interface PartOptions {
  /** The heading level of the part's title. */
  level: Level;
  /** How citations are numbered and linked; by default the entry's own list, printed after it. */
  cite?: Citer | undefined;
}

/** Citations numbered within the entry's own list of sources, anchored `#{prefix}-{id}`. */
export const ownCiter = (sources: readonly Source[], prefix: string): Citer => {
  const numbers = new Map(sources.map((s, i) => [s.id, i + 1]));
  return { number: (id) => numbers.get(id), href: (_n, id) => `#${prefix}-${id}` };
};

/**
 * A solution on one printed A4 page: what it is, the problem it solved, how it works, the facts,
 * the first key figures with their dates, how to arrange a visit, and (on its own) its sources.
 */
export function renderOnePager(
  model: SolutionModel,
  strings: BriefingStrings,
  options: PartOptions & {
    /** Every figure at every date, as the solution's page shows them (the CMS preview), not the one-pager's first few. */
    allFigures?: boolean;
  },
): TreeElement {
  const { lang } = strings;
  const prefix = `${model.slug}-source`;
  const own = options.cite === undefined;
  const cite = options.cite ?? ownCiter(model.sources, prefix);
  const sub = heading((options.level + 1) as Level);
  const qualified = (qualifier: string, text: string) => (qualifier ? `${qualifier} ${text}` : text);
  const figures = options.allFigures ? model.figures : pagerFigures(model);
  const fact = (label: string, ...value: Child[]) => [el('dt', { class: 'font-semibold' }, label), ' ', el('dd', {}, value), ' '];
  return el(
    'article',
    { class: 'one-pager', 'data-one-pager': model.slug, lang: model.textLocale, 'aria-labelledby': `${model.slug}-title` },
    el(
      heading(options.level),
      { class: 'text-2xl font-bold', id: `${model.slug}-title` },
      el('a', { href: model.url, 'data-url-shown': true }, model.title),
    ),
    el('p', { class: 'mt-2' }, model.summary),
    model.problem && [el(sub, { class: 'mt-3 font-bold' }, strings.problem), el('p', {}, model.problem)],
    model.how && [el(sub, { class: 'mt-3 font-bold' }, strings.how), el('p', {}, model.how)],
    el(
      'dl',
      { class: 'solution-facts mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]' },
      model.kinyarwanda &&
        fact(
          strings.meaning,
          el('span', { lang: 'rw' }, model.kinyarwanda.name),
          `${withColon('', lang)} ${quote(model.kinyarwanda.meaning, lang)}`,
        ),
      fact(strings.sectors, model.sectors.map((s) => s.label).join(', ')),
      fact(strings.status, model.status.label),
      model.lead &&
        fact(
          strings.lead,
          el('a', { href: model.lead.url, rel: 'noreferrer' }, model.lead.name, el('span', { class: 'sr-only' }, ` ${strings.external}`)),
        ),
      model.start && fact(strings.start, formatDate(model.start.date, lang), citations(cite, strings, [model.start.source])),
      model.end && fact(strings.end, formatDate(model.end.date, lang), citations(cite, strings, [model.end.source])),
      model.sdgs.length > 0 && fact(strings.sdgs, model.sdgs.map((goal) => fill(strings.sdg, { goal: String(goal) })).join(', ')),
      whatItTookFacts(model, strings, cite),
    ),
    figures.length > 0 && [
      el(sub, { class: 'mt-3 font-bold' }, strings.figures),
      el(
        'dl',
        { class: 'figure-cards mt-1 grid gap-2 sm:grid-cols-2' },
        figures.map((figure) =>
          el(
            'div',
            { class: 'figure-card border border-line p-2' },
            el('dt', { class: 'text-sm font-semibold' }, figure.label),
            figure.values.map((point) =>
              el(
                'dd',
                {},
                el(
                  'span',
                  { class: 'text-lg font-bold text-leaf' },
                  qualified(point.qualifier, formatFigureValue(point.value, figure.unit, lang)),
                ),
                ' ',
                el('span', { class: 'text-sm text-muted' }, `(${formatAsOf(point.asOf, lang, point.asOfQualifier)})`),
                citations(cite, strings, [point.source]),
              ),
            ),
            disagreementItems(figure.disagreements, cite, strings),
          ),
        ),
      ),
    ],
    visitLine(strings, [model.title]),
    own &&
      renderSources(model.sources, strings, {
        level: (options.level + 1) as Level,
        id: prefix,
        heading: `${withColon(strings.sources, lang)} ${model.title}`,
        anchor: (source) => `${prefix}-${source.id}`,
      }),
  );
}

/**
 * "What it took" in a one-pager: each row as one more fact (its label, then its lines with their
 * citations), so that it takes no more room than it needs on one A4 page; nothing when the model
 * has no row (src/lib/what-it-took.ts decides what a row holds).
 */
export function whatItTookFacts(model: SolutionModel, strings: BriefingStrings, cite: Citer): Child[] {
  return whatItTookRows(model.whatItTook, strings).map((row) => [
    el('dt', { class: 'font-semibold' }, row.label),
    ' ',
    el(
      'dd',
      { 'data-took-row': row.key },
      row.lines.map((line) => el('span', { class: 'block' }, line.text, citations(cite, strings, line.sources))),
    ),
    ' ',
  ]);
}

function storyTree(blocks: readonly StoryBlock[], level: Level): Tree[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return el(heading((level + block.depth - 2) as Level), { class: 'mt-3 font-bold' }, block.text);
      case 'paragraph':
        return el('p', { class: 'mt-1' }, block.text);
      case 'list':
        return el(
          'ul',
          { class: 'mt-1 list-disc pl-6' },
          block.items.map((item) => el('li', {}, item)),
        );
      case 'note':
        return el(
          'div',
          { role: 'note', class: `story-note mt-2 border-l-4 px-3 py-1 ${NOTE_TONES[block.tone]}`, 'data-note': block.tone },
          el('p', { class: 'font-semibold' }, block.title),
          block.paragraphs.map((p) => el('p', {}, p)),
        );
    }
  });
}

/** The tones of the body's callouts (src/body/callout-tones.ts, a layer above; a test keeps them equal). */
export const NOTE_TONES: Record<'note' | 'caution' | 'disputed', string> = {
  note: 'border-sky-ink bg-sky-50',
  caution: 'border-sun bg-sun-soft',
  disputed: 'border-leaf bg-leaf-soft',
};

export interface CaseStudyOptions extends PartOptions {
  /** Whether to list its stages (a country briefing gives them in one table instead). */
  stages: boolean;
  /** Whether to name its partners among the facts, as the case study's page does (the CMS preview); print leaves them out. */
  partners?: boolean;
}

/**
 * A case study: what the country did, stage by stage, its story, what was adapted and its local
 * name, the outcomes, what the sources do not say, and (on its own) its sources.
 */
export function renderCaseStudy(model: CaseStudyModel, strings: BriefingStrings, options: CaseStudyOptions): TreeElement {
  const { lang } = strings;
  const prefix = `${model.slug}-source`;
  const own = options.cite === undefined;
  const cite = options.cite ?? ownCiter(model.sources, prefix);
  const sub = heading((options.level + 1) as Level);
  const names = localNames(model);
  const fact = (label: string, ...value: Child[]) => [el('dt', { class: 'font-semibold' }, label), ' ', el('dd', {}, value), ' '];
  return el(
    'article',
    { class: 'case-study-part', 'data-case-study': model.slug, lang: model.textLocale, 'aria-labelledby': `${model.slug}-title` },
    el(
      heading(options.level),
      { class: 'text-2xl font-bold', id: `${model.slug}-title` },
      el('a', { href: model.url, 'data-url-shown': true }, model.title),
    ),
    el('p', { class: 'mt-2' }, model.summary),
    el(
      'dl',
      { class: 'solution-facts mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]' },
      fact(strings.country, model.country.name),
      fact(strings.caseSolutions, model.solutions.map((s) => s.title).join(', ')),
      model.furthest && fact(strings.furthest, model.furthest.label),
      names.length > 0 && fact(strings.localName, names.join(', ')),
      model.counterpart && fact(strings.counterpart, model.counterpart),
      options.partners && model.partners.length > 0 && fact(strings.partners, model.partners.join(', ')),
    ),
    options.stages &&
      model.stages.length > 0 && [
        el(sub, { class: 'mt-3 font-bold' }, strings.stages),
        el(
          'ul',
          { class: 'stage-list mt-1 space-y-1' },
          model.stages.map((stage) =>
            el(
              'li',
              { 'data-stage': stage.stage },
              el('strong', {}, `${formatDate(stage.date, lang)}, ${stage.label}${stage.localName ? ` (${stage.localName})` : ''}`),
              `${withColon('', lang)} ${stage.text}`,
              citations(cite, strings, stage.sources),
            ),
          ),
        ),
      ],
    model.adaptation && [el(sub, { class: 'mt-3 font-bold' }, strings.adaptation), el('p', { 'data-adaptation': true }, model.adaptation)],
    el('div', { class: 'story', 'data-story': true }, storyTree(model.story, (options.level + 1) as Level)),
    model.outcomes.length > 0 && [
      el(sub, { class: 'mt-3 font-bold' }, strings.outcomes),
      el(
        'ul',
        { class: 'mt-1 list-disc pl-6', 'data-outcomes': true },
        model.outcomes.map((o) => el('li', {}, o.text, citations(cite, strings, [o.source]))),
      ),
    ],
    disagreementItems(model.disagreements, cite, strings, 'div'),
    own &&
      renderSources(model.sources, strings, {
        level: (options.level + 1) as Level,
        id: prefix,
        heading: strings.sources,
        anchor: (source) => `${prefix}-${source.id}`,
      }),
  );
}

/** A combined briefing's title: "Briefing: Jamaica", or "Briefings" without a country. */
export function briefingTitle(doc: Pick<BriefingDoc, 'country'>, strings: BriefingStrings): string {
  return doc.country ? fill(strings.title, { country: doc.country.name }) : strings.titleNone;
}

/** Its contents: the country's record, then each solution. */
export function briefingContents(doc: BriefingDoc, strings: BriefingStrings): string[] {
  return [
    ...(doc.country && doc.caseStudies.length > 0 ? [fill(strings.lifecycle, { country: doc.country.name })] : []),
    ...doc.solutions.map((s) => s.title),
  ];
}

/** The anchor of source number `n` in a combined briefing. */
const appendixAnchor = (n: number) => `briefing-source-${n}`;

/** The citations of one entry within a combined briefing. */
export function briefingCiter(doc: BriefingDoc, entrySources: readonly Source[]): Citer {
  return { number: citationNumbers(entrySources, doc.sources), href: (n) => `#${appendixAnchor(n)}` };
}

/**
 * A whole briefing: a cover (title, formal name, purpose, contents, date and address), the
 * country's record (every stage in one table, then each case study's story), the solutions it
 * could consider next, Kinyarwanda terms, a one-pager per solution, and one appendix of sources.
 * `level` is the heading level of its title (1 on its own page, 2 inside the builder).
 */
export function renderBriefing(doc: BriefingDoc, strings: BriefingStrings, level: 1 | 2): TreeElement {
  const { lang } = strings;
  const { country } = doc;
  const h = heading;
  const section = (level + 1) as Level;
  const title = briefingTitle(doc, strings);
  const rows = lifecycleRows(doc.caseStudies);
  const next = nextSuggestions(doc);
  return el(
    'div',
    { class: 'briefing', 'data-briefing': country?.code ?? true },
    el(
      'section',
      { class: 'briefing-cover', 'aria-labelledby': 'briefing-title' },
      el(h(level), { id: 'briefing-title', class: 'text-3xl font-bold', 'data-cover-title': true }, title),
      country &&
        country.officialName !== country.name &&
        el('p', { class: 'mt-1 text-xl', 'data-official-name': true }, country.officialName),
      el('p', { class: 'mt-3 max-w-prose' }, country ? fill(strings.purpose, { country: country.name }) : strings.purposeNone),
      el(h(section), { class: 'mt-6 text-xl font-bold' }, strings.contents),
      el(
        'ol',
        { class: 'mt-2 list-decimal pl-6', 'data-cover-contents': true },
        briefingContents(doc, strings).map((line) => el('li', {}, line)),
      ),
      el(
        'p',
        { class: 'mt-6 text-sm' },
        `${fill(strings.generated, { date: formatDate(doc.date, lang) })} `,
        el('a', { href: doc.url, class: 'break-all', 'data-url-shown': true, 'data-print-url': true }, doc.url),
      ),
    ),
    country &&
      rows.length > 0 &&
      el(
        'section',
        { class: 'briefing-record mt-8', 'aria-labelledby': 'lifecycle', 'data-country-lifecycle': true },
        el(h(section), { id: 'lifecycle', class: 'text-xl font-bold' }, fill(strings.lifecycle, { country: country.name })),
        el(
          'div',
          // Positioned, so that the citations' screen-reader text scrolls with the table instead of widening the page.
          { class: 'relative overflow-x-auto' },
          el(
            'table',
            { class: 'mt-3 w-full text-left text-sm' },
            el(
              'thead',
              {},
              el(
                'tr',
                { class: 'border-b border-ink' },
                [strings.solution, strings.stage, strings.date, strings.source].map((label, i) =>
                  el('th', { scope: 'col', class: i < 3 ? 'py-1 pr-3' : 'py-1' }, label),
                ),
              ),
            ),
            el(
              'tbody',
              {},
              rows.map(({ caseStudy, stage }) => {
                const cite = briefingCiter(doc, caseStudy.sources);
                const sources = stage.sources.flatMap((id) => caseStudy.sources.filter((s) => s.id === id));
                return el(
                  'tr',
                  { class: 'border-b border-line align-top' },
                  el('td', { class: 'py-1 pr-3' }, caseStudy.solutions.map((s) => s.title).join(', ')),
                  el('td', { class: 'py-1 pr-3' }, stage.label, stage.localName && ` (${stage.localName})`),
                  el(
                    'td',
                    { class: 'py-1 pr-3' },
                    formatDate(stage.date, lang),
                    stage.lastReported &&
                      el(
                        'span',
                        { class: 'block text-muted', 'data-last-reported': true },
                        `(${withColon(strings.lastReported, lang)} ${formatDate(stage.lastReported, lang)})`,
                      ),
                  ),
                  el(
                    'td',
                    { class: 'py-1' },
                    sources.map((source, i) => [i > 0 && listSeparator(lang), source.publisher, citations(cite, strings, [source.id])]),
                  ),
                );
              }),
            ),
          ),
        ),
        doc.caseStudies.map((caseStudy) =>
          renderCaseStudy(caseStudy, strings, {
            level: (section + 1) as Level,
            stages: false,
            cite: briefingCiter(doc, caseStudy.sources),
          }),
        ),
      ),
    country &&
      el(
        'section',
        { class: 'briefing-next mt-8', 'aria-labelledby': 'next' },
        el(h(section), { id: 'next', class: 'text-xl font-bold' }, strings.next),
        next.length === 0
          ? el('p', { class: 'mt-2' }, strings.nextNone)
          : el(
              'ul',
              { class: 'mt-2 list-disc space-y-1 pl-6' },
              next.map((s) => el('li', {}, el('a', { href: s.url }, s.title), `${withColon('', lang)} ${s.reasons.join(' ')}`)),
            ),
      ),
    country &&
      country.terms.length > 0 &&
      el(
        'section',
        { class: 'briefing-terms mt-8', 'aria-labelledby': 'terms' },
        el(h(section), { id: 'terms', class: 'text-xl font-bold' }, strings.terms),
        el(
          'dl',
          { class: 'mt-2' },
          country.terms.map((term) => [
            el('dt', { class: 'font-semibold', lang: 'rw' }, term.term),
            el('dd', { class: 'mb-2' }, term.literal ? `${quote(term.literal, lang)}. ` : '', term.explanation),
          ]),
        ),
      ),
    doc.solutions.length > 0 &&
      el(
        'section',
        { class: 'briefing-sections mt-8', 'aria-labelledby': 'pagers' },
        el(h(section), { id: 'pagers', class: 'sr-only' }, strings.onePagers),
        doc.solutions.map((solution) =>
          renderOnePager(solution, strings, { level: (section + 1) as Level, cite: briefingCiter(doc, solution.sources) }),
        ),
      ),
    doc.sources.length > 0 &&
      renderSources(doc.sources, strings, {
        level: section,
        id: 'briefing-appendix',
        heading: strings.appendix,
        anchor: (_source, n) => appendixAnchor(n),
        className: 'briefing-appendix mt-8',
      }),
  );
}
